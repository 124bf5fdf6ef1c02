"""Geography: the offline gazetteer, the China–DPRK border, province outlines,
and an optional (off by default) online geocoder."""
from .gazetteer import PROVINCE_NAMES, Gazetteer, Place, PlaceMention, default_gazetteer

__all__ = ["PROVINCE_NAMES", "Gazetteer", "Place", "PlaceMention", "default_gazetteer"]
