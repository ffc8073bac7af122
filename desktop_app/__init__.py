"""CSP Desk: a desktop workspace for a PM's ranked preference of the cloud service providers."""

__version__ = "0.1.0"
APP_NAME = "CSP Desk"
APP_ID = "csp-desk"
