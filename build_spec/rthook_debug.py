"""Runtime hook of the debug bundle (KIOSK_BUNDLE_DEBUG=1): verbose Python and Qt logging."""

import os

os.environ.setdefault("KIOSK_LOG_LEVEL", "DEBUG")
# Qt says which plugin and QML module it looks for and why one fails to load.
os.environ.setdefault("QT_DEBUG_PLUGINS", "1")
os.environ.setdefault("QML_IMPORT_TRACE", "1")
