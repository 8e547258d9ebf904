"""What every screen needs to know: the opened store and who is working."""
from __future__ import annotations

import socket
from dataclasses import dataclass, field

from app.store.database import Store


@dataclass
class AppContext:
    store: Store
    login: str = "JLC"
    workstation: str = field(default_factory=socket.gethostname)
