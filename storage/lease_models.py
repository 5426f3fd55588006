"""The active-instance lease: which process serves a bot, and until when it must renew."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UTCDateTime


class InstanceLease(Base):
    """One row a bot: the process that holds it polls and sweeps; others stand by."""

    __tablename__ = "instance_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
