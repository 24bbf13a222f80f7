"""Every packet of the wren set, in order."""

from __future__ import annotations

from .model import Packet
from .packets_cmc import all_cmc
from .packets_mmc import all_mmc


def all_packets() -> list[Packet]:
    return all_cmc() + all_mmc()
