"""Exchange detection: per-pair decaying intensities, episodes and their alerts."""

from __future__ import annotations

from monitor.detection.detector import Detector, pair_key
from monitor.detection.settings import DetectorSettings
from monitor.detection.state import DyadState, decode_state, encode_state

__all__ = ["Detector", "DetectorSettings", "DyadState", "decode_state", "encode_state", "pair_key"]
