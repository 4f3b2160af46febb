"""The web dashboard and REST API (`waqia serve`): FastAPI on uvicorn."""

from waqia.web.app import create_app
from waqia.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
