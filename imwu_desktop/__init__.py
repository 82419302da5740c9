"""IMWU Desktop: prepare and send an exemption opinion request to IRCC's IMWU."""

__version__ = "0.1.0"
APP_NAME = "IMWU Desktop"
APP_ID = "ca.imwudesktop.IMWUDesktop"
