"""State behind the self-service flows of the fake tenant, free of HTTP.

The spec engine answers most operations from the documented examples; the
operations that form a flow keep real state here, keyed by customer or
contract: contract cancelations, idle periods, additional module contracts,
benefit uses, access mediums and documents. Every member has one main
contract whose id is the member's id plus :data:`CONTRACT_OFFSET` (the
contract its generated idle periods already name); prospects have none. Rule violations raise
:class:`TenantError`, rendered as the documented error body.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ._data import (
    FakeAccessMedium,
    FakeCustomer,
    FakeIdlePeriod,
    TenantData,
    TenantError,
    not_found,
)
from ._wire import card_number

__all__ = [
    "CONTRACT_OFFSET",
    "IDLE_PERIOD_REASONS",
    "UNLIMITED_END",
    "CancelationReason",
    "FakeCancelation",
    "FakeDocument",
    "FakeFile",
    "FakeModuleContract",
    "IdlePeriodDraft",
    "IdlePeriodReason",
    "ModuleOffer",
    "TenantState",
    "add_months",
]

#: A customer's main contract id is the customer id plus this.
CONTRACT_OFFSET = 400_000_000

#: Where the fake lets an unlimited idle period end, for overlaps; it is never written out.
UNLIMITED_END = date(9999, 12, 31)

#: The benefits every customer has, and the most uses one starts with.
_BENEFITS = (("BENEFIT_KEY", 2, 5), ("SAUNA", 0, 3), ("DRINKS", 1, 10))

_MAX_IDLE_TERMS = 6


@dataclass(frozen=True)
class IdlePeriodReason:
    id: int
    name: str
    document_required: bool


#: Idle period reasons of the studio; the names cover the generated idle periods.
IDLE_PERIOD_REASONS = (
    IdlePeriodReason(203, "Vacation", False),
    IdlePeriodReason(204, "Illness", True),
    IdlePeriodReason(205, "Travel", False),
    IdlePeriodReason(206, "Pregnancy", True),
)


@dataclass(frozen=True)
class CancelationReason:
    id: int
    name: str


@dataclass(frozen=True)
class ModuleOffer:
    """An additional module of the studio's catalogue."""

    id: int
    name: str
    #: Payment frequency id -> its price (None for a free one).
    prices: Mapping[int, Decimal | None]
    currency: str
    #: Months one term of the module lasts.
    term_months: int
    trial: bool


@dataclass
class FakeFile:
    """A stored upload, downloadable through its token like a pre-signed link."""

    kind: str  # "documents" or "idle-periods": the first segment of its link
    token: str
    file_name: str
    content_type: str
    data: bytes


@dataclass
class FakeCancelation:
    day: date
    reason_id: int
    reason: str
    received: date
    #: "PENDING_VERIFICATION" (an amendment), "CANCELED" once verified, or
    #: "PENDING_WITHDRAWAL_VERIFICATION" after a verified one was withdrawn.
    status: str = "PENDING_VERIFICATION"
    origin: str = "CUSTOMER"


@dataclass
class FakeModuleContract:
    id: int
    contract_id: int
    module: ModuleOffer
    payment_frequency_id: int
    start_date: date
    end_date: date
    trial: bool
    cancelation: FakeCancelation | None = None

    @property
    def price(self) -> Decimal:
        return self.module.prices.get(self.payment_frequency_id) or Decimal(0)


@dataclass
class FakeDocument:
    id: int
    customer_id: int
    description: str | None
    file: FakeFile


@dataclass
class IdlePeriodDraft:
    """The fields of an idle period request (create, validate, update or preview)."""

    start_date: date
    temporal_unit: str | None = None
    term_value: int | None = None
    unlimited: bool = False
    reason_id: int | None = None
    end_date: date | None = None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_ends(first: date, count: int) -> list[date]:
    """The last days of ``count`` months, starting with the month of ``first``."""
    result = []
    for offset in range(count):
        start = add_months(first.replace(day=1), offset)
        result.append(start.replace(day=calendar.monthrange(start.year, start.month)[1]))
    return result


@dataclass
class TenantState:
    """Flow state of one tenant; ``data`` is the tenant's generated ground truth."""

    data: TenantData
    today: Callable[[], date]
    cancelation_reasons: Sequence[CancelationReason] = ()
    modules: Mapping[int, ModuleOffer] = field(default_factory=dict)
    cancelations: dict[int, FakeCancelation] = field(default_factory=dict)
    module_contracts: dict[int, FakeModuleContract] = field(default_factory=dict)
    documents: dict[int, list[FakeDocument]] = field(default_factory=dict)
    files: dict[str, FakeFile] = field(default_factory=dict)
    #: Idle period id -> its proof document.
    idle_documents: dict[int, FakeFile] = field(default_factory=dict)
    _benefits: dict[int, dict[str, int]] = field(default_factory=dict)
    _rate_names: dict[int, str] = field(default_factory=dict)
    _next_ids: dict[str, int] = field(default_factory=dict)
    _rng: random.Random = field(default_factory=random.Random)
    #: The change hook: (webhook event type, entity id, content) after a state change.
    changed: Callable[[str, int, Mapping[str, Any]], None] | None = field(
        default=None, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._rng = random.Random(f"{self.data.seed}|state")
        # The rate of a member's contract, as its generated idle periods name it.
        self._rate_names = {
            c.id: c.idle_periods[0].rate_name
            for c in self.data.customers.values()
            if c.idle_periods
        }
        self._next_ids = {
            "idle": 600_000_001,
            "module": 700_000_001,
            "medium": 800_000_001,
            "document": 1_300_000_001,
        }

    def _take_id(self, kind: str) -> int:
        value = self._next_ids[kind]
        self._next_ids[kind] = value + 1
        return value

    # ------------------------------------------------------------------ contracts

    @staticmethod
    def contract_id(customer_id: int) -> int:
        return customer_id + CONTRACT_OFFSET

    def customer_of(self, contract_id: int, reference: str = "contractId") -> FakeCustomer:
        """The member whose main contract ``contract_id`` is (404 if none)."""
        found = self.data.customers.get(contract_id - CONTRACT_OFFSET)
        if found is None or found.status != "MEMBER":
            raise not_found("contract", contract_id, reference)
        return found

    def has_contract(self, customer_id: int) -> bool:
        return self.data.customer(customer_id).status == "MEMBER"

    def _own_contract(self, customer_id: int, contract_id: int) -> None:
        if not self.has_contract(customer_id) or contract_id != self.contract_id(customer_id):
            raise not_found(f"contract of customer {customer_id}:", contract_id, "contractId")

    def contract_dates(self, customer: FakeCustomer) -> tuple[date, date]:
        """Start and current end of the customer's main contract (renewed every year)."""
        start = customer.created.date()
        end = start + timedelta(days=364)
        while end < self.today() + timedelta(days=30):
            end += timedelta(days=365)
        return start, end

    def cancelation_dates(self) -> list[date]:
        """Dates a main contract can be canceled to: three month ends after its 10-day period."""
        return _month_ends(self.today() + timedelta(days=10), 3)

    def cancelation_reason(self, reason_id: int) -> CancelationReason:
        for reason in self.cancelation_reasons:
            if reason.id == reason_id:
                return reason
        raise TenantError(
            400,
            "VALIDATION_ERROR",
            f"{reason_id} is not a cancelation reason of the studio",
            reference="cancelationReasonId",
        )

    def cancel_contract(
        self, customer_id: int, contract_id: int, day: date, reason_id: int
    ) -> FakeCancelation:
        self._own_contract(customer_id, contract_id)
        if contract_id in self.cancelations:
            raise TenantError(
                409,
                "CONTRACT_ALREADY_CANCELED",
                f"contract {contract_id} has a cancelation already",
                reference="contractId",
            )
        reason = self.cancelation_reason(reason_id)
        if day not in self.cancelation_dates():
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                f"the contract cannot be canceled to {day}",
                reference="cancelationDate",
            )
        cancelation = FakeCancelation(day, reason.id, reason.name, received=self.today())
        self.cancelations[contract_id] = cancelation
        if self.changed is not None:
            self.changed("CONTRACT_CANCELLED", customer_id, {"contractId": contract_id})
        return cancelation

    def withdraw_contract_cancelation(self, customer_id: int, contract_id: int) -> None:
        self._own_contract(customer_id, contract_id)
        left = self._withdrawn(
            self.cancelations.get(contract_id), f"contract {contract_id}", "contractId"
        )
        if left is None:
            self.cancelations.pop(contract_id, None)
        if self.changed is not None:
            self.changed("CONTRACT_UPDATED", customer_id, {"contractId": contract_id})

    def verify_contract_cancelation(self, contract_id: int) -> FakeCancelation:
        """The studio accepts the cancelation amendment (a test helper: no API does this)."""
        cancelation = self.cancelations[contract_id]
        cancelation.status = "CANCELED"
        return cancelation

    @staticmethod
    def _withdrawn(
        cancelation: FakeCancelation | None, what: str, reference: str
    ) -> FakeCancelation | None:
        """What is left of a cancelation once withdrawn (None: the amendment is gone)."""
        if cancelation is None or cancelation.status == "PENDING_WITHDRAWAL_VERIFICATION":
            raise TenantError(
                409, "NO_CANCELATION", f"{what} has no cancelation to withdraw", reference=reference
            )
        if cancelation.status == "CANCELED":
            # A verified cancelation is reverted by the studio: the withdrawal awaits it.
            cancelation.status = "PENDING_WITHDRAWAL_VERIFICATION"
            return cancelation
        return None

    # ------------------------------------------------------------------ idle periods

    def idle_periods(self, contract_id: int) -> list[FakeIdlePeriod]:
        customer = self.customer_of(contract_id)
        periods = [p for p in customer.idle_periods if p.contract_id == contract_id]
        return sorted(periods, key=lambda p: (p.start_date, p.id))

    def idle_period(self, contract_id: int, idle_period_id: int) -> FakeIdlePeriod:
        for period in self.idle_periods(contract_id):
            if period.id == idle_period_id:
                return period
        raise not_found("idle period", idle_period_id, "idlePeriodId")

    @staticmethod
    def idle_reason(
        reason_id: int | None = None, name: str | None = None, reference: str = "data.reasonId"
    ) -> IdlePeriodReason:
        for reason in IDLE_PERIOD_REASONS:
            if reason.id == reason_id or (reason_id is None and reason.name == name):
                return reason
        if reason_id is None:  # a generated period whose reason the table does not know
            return IdlePeriodReason(200, name or "Other", False)
        raise TenantError(
            400,
            "VALIDATION_ERROR",
            f"{reason_id} is not an idle period reason of the studio",
            reference=reference,
        )

    def first_idle_start(self) -> date:
        return self.today() + timedelta(days=1)

    @staticmethod
    def idle_end(draft: IdlePeriodDraft) -> date:
        if draft.end_date is not None:
            return draft.end_date
        if draft.unlimited:
            return UNLIMITED_END
        terms = draft.term_value or 0
        unit = draft.temporal_unit or "WEEK"
        if unit == "MONTH":
            return add_months(draft.start_date, terms) - timedelta(days=1)
        days = terms * 7 if unit == "WEEK" else terms
        return draft.start_date + timedelta(days=days - 1)

    def idle_status(
        self, contract_id: int, draft: IdlePeriodDraft, updating: FakeIdlePeriod | None = None
    ) -> str:
        """The documented validation status of an idle period request."""
        if draft.end_date is not None:
            if draft.term_value is not None:
                return "IDLEPERIOD_ENDDATE_AND_TERM_PROVIDED"
            if draft.end_date < draft.start_date:
                return "IDLEPERIOD_ENDDATE_BEFORE_STARTDATE"
            if (
                updating is None
                or draft.start_date != updating.start_date
                or draft.end_date >= updating.end_date
            ):
                return "IDLEPERIOD_ENDDATE_ONLY_FOR_SHORTENING"
        elif not draft.unlimited and draft.term_value is None:
            return "IDLEPERIOD_TERMVALUE_MISSING"
        if draft.term_value is not None and not 1 <= draft.term_value <= _MAX_IDLE_TERMS:
            return "IDLEPERIOD_MAXIMUM_TERMS_VIOLATED"
        if draft.start_date < self.first_idle_start() and (
            updating is None or draft.start_date != updating.start_date
        ):
            return "IDLEPERIOD_DEADLINE_VIOLATED"
        end = self.idle_end(draft)
        for other in self.idle_periods(contract_id):
            if (
                other is not updating
                and other.start_date <= end
                and draft.start_date <= (other.end_date)
            ):
                return "IDLEPERIOD_OVERLAPPING"
        return "IDLEPERIOD_UPDATABLE" if updating is not None else "IDLEPERIOD_CREATABLE"

    def _check_idle(
        self,
        contract_id: int,
        draft: IdlePeriodDraft,
        document: FakeFile | None,
        updating: FakeIdlePeriod | None = None,
    ) -> IdlePeriodReason:
        reason = self.idle_reason(draft.reason_id)
        status = self.idle_status(contract_id, draft, updating)
        if status not in ("IDLEPERIOD_CREATABLE", "IDLEPERIOD_UPDATABLE"):
            field_name = {
                "IDLEPERIOD_TERMVALUE_MISSING": "termValue",
                "IDLEPERIOD_MAXIMUM_TERMS_VIOLATED": "termValue",
                "IDLEPERIOD_ENDDATE_AND_TERM_PROVIDED": "endDate",
                "IDLEPERIOD_ENDDATE_BEFORE_STARTDATE": "endDate",
                "IDLEPERIOD_ENDDATE_ONLY_FOR_SHORTENING": "endDate",
            }.get(status, "startDate")
            http = 409 if status == "IDLEPERIOD_OVERLAPPING" else 400
            raise TenantError(
                http,
                status,
                f"the idle period is not possible: {status}",
                reference=f"data.{field_name}",
            )
        has_document = document is not None or (
            updating is not None and updating.id in self.idle_documents
        )
        if reason.document_required and not has_document:
            raise TenantError(
                400,
                "DOCUMENT_REQUIRED",
                f"the reason {reason.name!r} needs a proof document",
                reference="document",
            )
        return reason

    def create_idle_period(
        self, contract_id: int, draft: IdlePeriodDraft, document: FakeFile | None
    ) -> FakeIdlePeriod:
        customer = self.customer_of(contract_id)
        if draft.end_date is not None:  # only an update may shorten by an end date
            raise TenantError(
                400,
                "IDLEPERIOD_ENDDATE_ONLY_FOR_SHORTENING",
                "endDate is only for shortening an existing idle period",
                reference="data.endDate",
            )
        reason = self._check_idle(contract_id, draft, document)
        period = FakeIdlePeriod(
            id=self._take_id("idle"),
            start_date=draft.start_date,
            end_date=self.idle_end(draft),
            reason=reason.name,
            contract_id=contract_id,
            rate_name=self.rate_name(customer),
            unlimited=draft.unlimited,
            state="PENDING_VERIFICATION",  # the studio verifies self-service changes
        )
        customer.idle_periods.append(period)
        if document is not None:
            self.idle_documents[period.id] = self._store(document)
        return period

    def update_idle_period(
        self,
        contract_id: int,
        idle_period_id: int,
        draft: IdlePeriodDraft,
        document: FakeFile | None,
    ) -> FakeIdlePeriod:
        period = self.idle_period(contract_id, idle_period_id)
        reason = self._check_idle(contract_id, draft, document, updating=period)
        period.start_date = draft.start_date
        period.end_date = self.idle_end(draft)
        period.unlimited = draft.unlimited
        period.reason = reason.name
        period.state = "PENDING_VERIFICATION"
        if document is not None:
            self.idle_documents[period.id] = self._store(document)
        return period

    def withdraw_idle_period(self, contract_id: int, idle_period_id: int) -> None:
        period = self.idle_period(contract_id, idle_period_id)
        self.customer_of(contract_id).idle_periods.remove(period)
        stale = self.idle_documents.pop(period.id, None)
        if stale is not None:
            self.files.pop(stale.token, None)

    def rate_name(self, customer: FakeCustomer) -> str:
        return self._rate_names.get(customer.id, "Premium")

    # ------------------------------------------------------------------ additional modules

    def module_contracts_of(self, contract_id: int) -> list[FakeModuleContract]:
        self.customer_of(contract_id)
        return [m for m in self.module_contracts.values() if m.contract_id == contract_id]

    def purchasable_modules(self, contract_id: int) -> list[ModuleOffer]:
        owned = {m.module.id for m in self.module_contracts_of(contract_id)}
        return [m for m in self.modules.values() if m.id not in owned]

    def module_status(
        self, contract_id: int, module_id: int, payment_frequency_id: int, trial: bool
    ) -> str:
        """The documented validation status of an additional module purchase."""
        module = self.modules.get(module_id)
        if module is None or payment_frequency_id not in module.prices:
            return "ADDITIONAL_MODULE_NOT_FOUND"
        if any(m.module.id == module_id for m in self.module_contracts_of(contract_id)):
            return "ADDITIONAL_MODULE_CONTRACT_ALREADY_PURCHASED"
        if trial and not module.trial:
            return "ADDITIONAL_MODULE_TRIAL_PERIOD_NOT_BOOKABLE"
        return "ADDITIONAL_MODULE_PURCHASABLE"

    def purchase_module(
        self, contract_id: int, module_id: int, payment_frequency_id: int, trial: bool
    ) -> FakeModuleContract:
        status = self.module_status(contract_id, module_id, payment_frequency_id, trial)
        if status != "ADDITIONAL_MODULE_PURCHASABLE":
            reference, http = {
                "ADDITIONAL_MODULE_NOT_FOUND": (
                    "additionalModuleId" if module_id not in self.modules else "paymentFrequencyId",
                    404,
                ),
                "ADDITIONAL_MODULE_CONTRACT_ALREADY_PURCHASED": ("additionalModuleId", 409),
            }.get(status, ("bookTrialPeriod", 400))
            raise TenantError(
                http, status, f"the module cannot be bought: {status}", reference=reference
            )
        module = self.modules[module_id]
        start = self.today() + timedelta(days=1)
        contract = FakeModuleContract(
            id=self._take_id("module"),
            contract_id=contract_id,
            module=module,
            payment_frequency_id=payment_frequency_id,
            start_date=start,
            end_date=add_months(start, module.term_months) - timedelta(days=1),
            trial=trial,
        )
        self.module_contracts[contract.id] = contract
        return contract

    def module_contract(self, contract_id: int, module_contract_id: int) -> FakeModuleContract:
        self.customer_of(contract_id)
        found = self.module_contracts.get(module_contract_id)
        if found is None or found.contract_id != contract_id:
            raise not_found(
                "additional module contract", module_contract_id, "additionalModuleContractId"
            )
        return found

    def module_cancelation_dates(self, module_contract: FakeModuleContract) -> list[date]:
        """The module's term ends from one term after today on, two of them."""
        months = module_contract.module.term_months
        end = module_contract.end_date
        while end < self.today() + timedelta(days=30):
            end = add_months(end + timedelta(days=1), months) - timedelta(days=1)
        return [end, add_months(end + timedelta(days=1), months) - timedelta(days=1)]

    def cancel_module_contract(
        self, contract_id: int, module_contract_id: int, day: date, reason_id: int
    ) -> FakeCancelation:
        module_contract = self.module_contract(contract_id, module_contract_id)
        if module_contract.cancelation is not None:
            raise TenantError(
                409,
                "CONTRACT_ALREADY_CANCELED",
                f"module contract {module_contract_id} has a cancelation already",
                reference="additionalModuleContractId",
            )
        reason = self.cancelation_reason(reason_id)
        if day not in self.module_cancelation_dates(module_contract):
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                f"the module contract cannot be canceled to {day}",
                reference="cancelationDate",
            )
        module_contract.cancelation = FakeCancelation(
            day, reason.id, reason.name, received=self.today()
        )
        return module_contract.cancelation

    def withdraw_module_cancelation(self, contract_id: int, module_contract_id: int) -> None:
        module_contract = self.module_contract(contract_id, module_contract_id)
        module_contract.cancelation = self._withdrawn(
            module_contract.cancelation,
            f"module contract {module_contract_id}",
            "additionalModuleContractId",
        )

    # ------------------------------------------------------------------ benefits

    def benefits(self, customer_id: int) -> dict[str, int]:
        """Benefit key -> uses left, for one customer (seeded on first use)."""
        self.data.customer(customer_id)
        found = self._benefits.get(customer_id)
        if found is None:
            rng = random.Random(f"{self.data.seed}|benefits|{customer_id}")
            found = {key: rng.randint(low, high) for key, low, high in _BENEFITS}
            self._benefits[customer_id] = found
        return found

    def use_benefit(self, customer_id: int, key: str) -> int:
        """Record one use; the uses left afterwards."""
        benefits = self.benefits(customer_id)
        if key not in benefits:
            raise TenantError(
                404,
                "ENTITY_NOT_FOUND",
                f"the customer has no benefit {key!r}",
                reference="benefitKey",
            )
        if benefits[key] <= 0:
            raise TenantError(
                409,
                "BENEFIT_NOT_VALID",
                f"benefit {key!r} has no uses left",
                reference="benefitKey",
            )
        benefits[key] -= 1
        return benefits[key]

    # ------------------------------------------------------------------ access mediums

    def _medium_values(self) -> set[tuple[str, str]]:
        taken = set()
        for customer in self.data.customers.values():
            taken.add(("CARD_NUMBER", str(customer.card_number)))
            taken.update((m.type, m.value) for m in customer.access_mediums)
        return taken

    def add_access_medium(self, customer_id: int, kind: str, value: str) -> FakeAccessMedium:
        customer = self.data.customer(customer_id)
        if (kind, value) in self._medium_values():
            raise TenantError(
                409, "ACCESS_MEDIUM_IN_USE", f"this {kind} is in use already", reference="value"
            )
        medium = FakeAccessMedium(self._take_id("medium"), kind, value)
        customer.access_mediums.append(medium)
        return medium

    def access_medium(self, customer_id: int, medium_id: int) -> FakeAccessMedium:
        customer = self.data.customer(customer_id)
        for medium in customer.access_mediums:
            if medium.id == medium_id:
                return medium
        if medium_id == customer.access_medium_id:
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                "only access mediums added through the API can be changed",
                reference="accessMediumId",
            )
        raise not_found("access medium", medium_id, "accessMediumId")

    def update_access_medium(
        self, customer_id: int, medium_id: int, value: str
    ) -> FakeAccessMedium:
        medium = self.access_medium(customer_id, medium_id)
        if value != medium.value and (medium.type, value) in self._medium_values():
            raise TenantError(
                409,
                "ACCESS_MEDIUM_IN_USE",
                f"this {medium.type} is in use already",
                reference="value",
            )
        medium.value = value
        return medium

    def delete_access_medium(self, customer_id: int, medium_id: int) -> None:
        medium = self.access_medium(customer_id, medium_id)
        self.data.customers[customer_id].access_mediums.remove(medium)

    def find_customer(
        self,
        *,
        card: str | None = None,
        card_format: str = "DECIMAL",
        kind: str | None = None,
        value: str | None = None,
        customer_number: str | None = None,
        uuid: str | None = None,
    ) -> FakeCustomer | None:
        """The customer with this card number, access medium, customer number or UUID."""
        for customer in self.data.customers.values():
            mediums = {(m.type, m.value) for m in customer.access_mediums}
            if card is not None and (
                card_number(customer.card_number, card_format).lstrip("0") == card.lstrip("0")
                or ("CARD_NUMBER", card) in mediums
            ):
                return customer
            if kind is not None and (kind, value) in mediums:
                return customer
            if customer_number is not None and customer.customer_number == customer_number:
                return customer
            if uuid is not None and customer.uuid == uuid:
                return customer
        return None

    # ------------------------------------------------------------------ documents and files

    def _store(self, file: FakeFile) -> FakeFile:
        file.token = f"{self._rng.getrandbits(128):032x}"
        self.files[file.token] = file
        return file

    def upload_document(
        self, customer_id: int, file: FakeFile, description: str | None
    ) -> FakeDocument:
        self.data.customer(customer_id)
        if "." not in file.file_name.strip(".") or not file.data:
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                "the file must not be empty and its name must carry an extension",
                reference="file",
            )
        document = FakeDocument(
            self._take_id("document"), customer_id, description, self._store(file)
        )
        self.documents.setdefault(customer_id, []).append(document)
        return document

    def documents_of(self, customer_id: int) -> list[FakeDocument]:
        self.data.customer(customer_id)
        return list(self.documents.get(customer_id, []))

    def document(self, customer_id: int, document_id: int) -> FakeDocument:
        for document in self.documents_of(customer_id):
            if document.id == document_id:
                return document
        raise not_found("document", document_id, "id")

    def file(self, kind: str, token: str) -> FakeFile:
        found = self.files.get(token)
        if found is None or found.kind != kind:
            raise TenantError(404, "ENTITY_NOT_FOUND", "no such file")
        return found
