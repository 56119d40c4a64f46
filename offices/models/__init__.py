"""The offices domain, split by concept; import models from here."""

from .city import City, FederalState
from .closure import ClosureNotice
from .contact import Address, ContactPerson, OpeningHours
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
from .prize import PrizeCall

__all__ = [
    "Activity",
    "Address",
    "City",
    "ClosureNotice",
    "ContactPerson",
    "CooperationProject",
    "FederalState",
    "HelplineKeysField",
    "LocalHelpline",
    "Membership",
    "Office",
    "OfficeKind",
    "OpeningHours",
    "PrizeCall",
    "Referral",
    "RelatedLink",
    "TargetGroup",
    "Task",
    "TaskGroup",
]
