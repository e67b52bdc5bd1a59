"""Diagnostics: the self-test and the screen tour.

A room above the kiosk itself: it builds the kiosk through ``kiosk.app`` and drives the screens
through their public methods only. Nothing in the kiosk imports it except the command line.
"""
