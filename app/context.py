"""What every screen needs to know: the opened store and who is working."""
from __future__ import annotations

import socket
from dataclasses import dataclass, field

from app.ar24_access import AR24Access
from app.machine_settings import MachineSettings
from app.secrets import SecretStore
from app.store.database import Store


@dataclass
class AppContext:
    store: Store
    settings: MachineSettings = field(default_factory=MachineSettings)
    secrets: SecretStore = field(default_factory=SecretStore)
    workstation: str = field(default_factory=socket.gethostname)
    ar24: AR24Access = field(init=False)

    def __post_init__(self) -> None:
        self.ar24 = AR24Access(self.settings, self.secrets)

    @property
    def login(self) -> str:
        return self.settings.login

    def close(self) -> None:
        self.ar24.close()
