"""The offices domain, split by concept; import models from here."""

from .city import City, FederalState
from .closure import ClosureNotice
from .contact import Address, ContactHours, ContactPerson, ContactPhone, OpeningHours
from .content import (
    Activity,
    CooperationProject,
    Membership,
    Referral,
    RelatedLink,
    TargetGroup,
    Task,
    TaskGroup,
)
from .helpline import LocalHelpline
from .helpline_field import HelplineKeysField
from .office import Office, OfficeKind
from .prize import PrizeCall, PrizeCategory

__all__ = [
    "Activity",
    "Address",
    "City",
    "ClosureNotice",
    "ContactHours",
    "ContactPerson",
    "ContactPhone",
    "CooperationProject",
    "FederalState",
    "HelplineKeysField",
    "LocalHelpline",
    "Membership",
    "Office",
    "OfficeKind",
    "OpeningHours",
    "PrizeCall",
    "PrizeCategory",
    "Referral",
    "RelatedLink",
    "TargetGroup",
    "Task",
    "TaskGroup",
]
