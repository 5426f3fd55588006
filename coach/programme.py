"""The five exercises of the programme, by the ids the content files and stored rows use."""

from __future__ import annotations

PELVIC_LIFT = "pelvic_lift"
BACK_EXTENSION = "back_extension"
BENDING = "bending_forward"
BACK_BEND = "back_bend"
KNEE_ROTATION = "knee_rotation"
PROGRAMME_ORDER = (PELVIC_LIFT, BACK_EXTENSION, BENDING, BACK_BEND, KNEE_ROTATION)
