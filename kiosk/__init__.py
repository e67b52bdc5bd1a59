"""Blue Heart Kiosk: an offline awareness kiosk against human trafficking and migrant smuggling."""

__version__ = "0.1.0"
