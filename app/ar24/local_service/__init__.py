"""A local AR24 service speaking the documented protocol over real HTTP on loopback: the
app's demo mode and the tests' server (spec §9). See README.md beside this file."""
from app.ar24.local_service.control_client import LocalServiceControl
from app.ar24.local_service.server import LocalAR24Service
from app.ar24.local_service.state import ServiceConfig

__all__ = ["LocalAR24Service", "LocalServiceControl", "ServiceConfig"]
