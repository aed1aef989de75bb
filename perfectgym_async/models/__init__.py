"""Typed models of the PerfectGym Next Open API (1.13.2).

``from perfectgym_async import models; models.Customer``: every model and enum is an
attribute of this package. Each lives in the module of the tag whose operations use it
(``models.customers``, ``models.memberships``, ...), or in ``models._common`` when several
tags share it (``Money``). Those modules load on first use, so importing the SDK does not
build some hundreds of classes a program may never touch.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._common import (
        Gender as Gender,
    )
    from ._common import (
        Language as Language,
    )
    from ._common import (
        TypedArgumentDto as TypedArgumentDto,
    )
    from ._common import (
        TypedArgumentType as TypedArgumentType,
    )
    from .appointments import (
        AppointmentBookingRequest as AppointmentBookingRequest,
    )
    from .appointments import (
        AppointmentBookingResult as AppointmentBookingResult,
    )
    from .appointments import (
        AppointmentBookingResultWithCustomerId as AppointmentBookingResultWithCustomerId,
    )
    from .appointments import (
        AppointmentBookingStatus as AppointmentBookingStatus,
    )
    from .appointments import (
        AppointmentBookingValidationResult as AppointmentBookingValidationResult,
    )
    from .appointments import (
        AppointmentBookingValidationStatus as AppointmentBookingValidationStatus,
    )
    from .appointments import (
        AppointmentStatus as AppointmentStatus,
    )
    from .appointments import (
        BookableAppointment as BookableAppointment,
    )
    from .appointments import (
        BookableAppointmentSlot as BookableAppointmentSlot,
    )
    from .appointments import (
        Instructor as Instructor,
    )
    from .appointments import (
        ParticipantStatus as ParticipantStatus,
    )
    from .appointments import (
        VoidResult as VoidResult,
    )
    from .customers import (
        AccessMediumDto as AccessMediumDto,
    )
    from .customers import (
        AccessMediumType as AccessMediumType,
    )
    from .customers import (
        AccessRestriction as AccessRestriction,
    )
    from .customers import (
        AdditionalInformationFieldAssignment as AdditionalInformationFieldAssignment,
    )
    from .customers import (
        BankAccount as BankAccount,
    )
    from .customers import (
        CardNumberFormat as CardNumberFormat,
    )
    from .customers import (
        Customer as Customer,
    )
    from .customers import (
        CustomerIdlePeriod as CustomerIdlePeriod,
    )
    from .customers import (
        CustomerImage as CustomerImage,
    )
    from .customers import (
        CustomerStatus as CustomerStatus,
    )
    from .customers import (
        SimpleContract as SimpleContract,
    )
    from .customers_account import (
        BookingEntry as BookingEntry,
    )
    from .customers_account import (
        CustomerAccountBalance as CustomerAccountBalance,
    )
    from .customers_account import (
        CustomerPaymentInstrumentRequest as CustomerPaymentInstrumentRequest,
    )
    from .customers_account import (
        CustomerPaymentRequest as CustomerPaymentRequest,
    )
    from .customers_account import (
        Money as Money,
    )
    from .leads import (
        AdditionalInformationFieldType as AdditionalInformationFieldType,
    )
    from .leads import (
        Address as Address,
    )
    from .leads import (
        CommunicationChannel as CommunicationChannel,
    )
    from .leads import (
        CommunicationChannelWrapper as CommunicationChannelWrapper,
    )
    from .leads import (
        CommunicationPreference as CommunicationPreference,
    )
    from .leads import (
        InputFieldMode as InputFieldMode,
    )
    from .leads import (
        LeadAdditionalInformation as LeadAdditionalInformation,
    )
    from .leads import (
        LeadAdditionalInformationField as LeadAdditionalInformationField,
    )
    from .leads import (
        LeadConfig as LeadConfig,
    )
    from .leads import (
        LeadCreationRequest as LeadCreationRequest,
    )
    from .leads import (
        LeadCreationResult as LeadCreationResult,
    )
    from .leads import (
        LeadCustomer as LeadCustomer,
    )
    from .leads import (
        LeadValidationResult as LeadValidationResult,
    )
    from .leads import (
        LeadValidationStatus as LeadValidationStatus,
    )
    from .leads import (
        MessageCategory as MessageCategory,
    )

#: Model or enum name -> the module that defines it.
_HOMES: dict[str, str] = {
    "AccessMediumDto": "customers",
    "AccessMediumType": "customers",
    "AccessRestriction": "customers",
    "AdditionalInformationFieldAssignment": "customers",
    "AdditionalInformationFieldType": "leads",
    "Address": "leads",
    "AppointmentBookingRequest": "appointments",
    "AppointmentBookingResult": "appointments",
    "AppointmentBookingResultWithCustomerId": "appointments",
    "AppointmentBookingStatus": "appointments",
    "AppointmentBookingValidationResult": "appointments",
    "AppointmentBookingValidationStatus": "appointments",
    "AppointmentStatus": "appointments",
    "BankAccount": "customers",
    "BookableAppointment": "appointments",
    "BookableAppointmentSlot": "appointments",
    "BookingEntry": "customers_account",
    "CardNumberFormat": "customers",
    "CommunicationChannel": "leads",
    "CommunicationChannelWrapper": "leads",
    "CommunicationPreference": "leads",
    "Customer": "customers",
    "CustomerAccountBalance": "customers_account",
    "CustomerIdlePeriod": "customers",
    "CustomerImage": "customers",
    "CustomerPaymentInstrumentRequest": "customers_account",
    "CustomerPaymentRequest": "customers_account",
    "CustomerStatus": "customers",
    "Gender": "_common",
    "InputFieldMode": "leads",
    "Instructor": "appointments",
    "Language": "_common",
    "LeadAdditionalInformation": "leads",
    "LeadAdditionalInformationField": "leads",
    "LeadConfig": "leads",
    "LeadCreationRequest": "leads",
    "LeadCreationResult": "leads",
    "LeadCustomer": "leads",
    "LeadValidationResult": "leads",
    "LeadValidationStatus": "leads",
    "MessageCategory": "leads",
    "Money": "customers_account",
    "ParticipantStatus": "appointments",
    "SimpleContract": "customers",
    "TypedArgumentDto": "_common",
    "TypedArgumentType": "_common",
    "VoidResult": "appointments",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return __all__
