"""parley's REST API and web UI (``parley serve``)."""

from parley.api.app import create_app

__all__ = ["create_app"]
