"""The operations of the fake tenant that keep state, as functions of a checked request.

The spec engine validates a request against the spec, then hands it here as
a :class:`Call` when the operation belongs to a flow: contract cancelation,
idle periods, additional modules, benefits, access mediums, documents, and
finding a customer by an identifier. Each function asks
:class:`~._state.TenantState` and writes the answer in the shape of the
operation's documented example, so fields the fake keeps no state for still
carry the documented values. A sliced operation returns every item; the
engine cuts the slice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs

from ._data import FakeIdlePeriod, TenantError
from ._spec import Spec, SpecOperation, invalid
from ._state import (
    IDLE_PERIOD_REASONS,
    CancelationReason,
    FakeFile,
    FakeModuleContract,
    IdlePeriodDraft,
    ModuleOffer,
    TenantState,
    add_months,
)
from ._wire import customer as customer_json

__all__ = ["FILE_PATH", "Call", "Flows", "Upload", "catalogue"]

JSON = Any

#: Where stored documents and idle period proofs can be downloaded (no key, like a signed URL).
FILE_PATH = "/files/{kind}/{token}"

_SUCCESS = {"success": "true"}


@attrs.frozen
class Upload:
    """A file part of a multipart request."""

    file_name: str
    content_type: str
    data: bytes


@attrs.frozen
class Call:
    """One request, checked against the spec, with its values typed."""

    operation: SpecOperation
    #: Path and query parameters by their wire names (absent optional ones left out).
    params: Mapping[str, Any]
    #: The JSON body; for a multipart request, its JSON parts by name.
    body: JSON
    files: Mapping[str, Upload]
    #: The tenant's address, for download links.
    base_url: str

    def example(self) -> JSON:
        return self.operation.example()


def catalogue(spec: Spec) -> tuple[list[CancelationReason], dict[int, ModuleOffer]]:
    """Cancelation reasons and additional modules of the studio: the documented examples."""
    reasons = [
        CancelationReason(r["cancelationReasonId"], r["cancelationReasonName"])
        for r in spec.operation("getContractCancelationReasonData").example() or []
    ]
    modules: dict[int, ModuleOffer] = {}
    for raw in spec.operation("getAdditionalModules").example() or []:
        prices: dict[int, Decimal | None] = {}
        currency = "EUR"
        for frequency in raw.get("paymentFrequencies", []):
            price = frequency.get("price")
            if "id" in frequency:
                prices[frequency["id"]] = None if price is None else Decimal(price["amount"])
            if price is not None:
                currency = price["currency"]
        term = (raw.get("termInformation") or {}).get("term") or {"value": 1, "unit": "MONTH"}
        months = term["value"] * {"YEAR": 12, "MONTH": 1}.get(term["unit"], 0) or 1
        modules[raw["id"]] = ModuleOffer(
            id=raw["id"],
            name=raw["name"],
            prices=prices,
            currency=currency,
            term_months=months,
            trial="trialPeriodConfig" in raw,
        )
    return reasons, modules


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key``, or leave it out when there is no value (as the platform does)."""
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value


def _draft(data: Mapping[str, Any]) -> IdlePeriodDraft:
    return IdlePeriodDraft(
        start_date=date.fromisoformat(data["startDate"]),
        temporal_unit=data.get("temporalUnit"),
        term_value=data.get("termValue"),
        unlimited=bool(data.get("unlimited")),
        reason_id=data.get("reasonId"),
        end_date=date.fromisoformat(data["endDate"]) if data.get("endDate") else None,
    )


class Flows:
    """The stateful operations, by operation id."""

    def __init__(
        self,
        state: TenantState,
        now: Callable[[], datetime],
        image_url: Callable[[int], str | None],
    ) -> None:
        self.state = state
        self.data = state.data
        self._now = now
        self._image_url = image_url

    def handlers(self) -> dict[str, Callable[[Call], JSON]]:
        return {
            # main contract and its cancelation
            "getContractData": self.get_contract_data,
            "getCustomersContracts": self.get_customers_contracts,
            "createContractCancelationAmendment": self.cancel_contract,
            "withdrawContractCancelation": self.withdraw_contract_cancelation,
            # idle periods
            "getIdlePeriodConfig": self.get_idle_period_config,
            "validateIdlePeriodRequest": self.validate_idle_period,
            "getIdlePeriods": self.get_idle_periods,
            "createIdlePeriodAmendment": self.create_idle_period,
            "getIdlePeriodById": self.get_idle_period,
            "updateIdlePeriod": self.update_idle_period,
            "idlePeriodUpdatePreview": self.preview_idle_period,
            "withdrawIdlePeriod": self.withdraw_idle_period,
            # additional modules
            "getPurchasableAdditionalModules": self.get_purchasable_modules,
            "validateAdditionalModuleContractRequest": self.validate_module,
            "purchaseAdditionalModuleContract": self.purchase_module,
            "getAdditionalModuleContract": self.get_module_contract,
            "createModuleContractCancelationAmendment": self.cancel_module_contract,
            "withdrawAdditionalModuleContractCancelation": self.withdraw_module_cancelation,
            # benefits
            "getBenefits": self.get_benefits,
            "getBenefitsByCardNumber": self.get_benefits_by_card_number,
            "useBenefit": self.use_benefit,
            # access mediums and finding a customer by one
            "addAccessMediums": self.add_access_medium,
            "addAccessMedium": self.add_access_medium,
            "updateAccessMediums": self.update_access_medium,
            "deleteAccessMediums": self.delete_access_medium,
            "getCustomerBy": self.get_customer_by,
            # documents
            "uploadDocument": self.upload_document,
            "getDocuments": self.get_documents,
            "getDocumentById": self.get_document,
        }

    def _today(self) -> date:
        return self.state.today()

    @staticmethod
    def _link(call: Call, file: FakeFile) -> str:
        return call.base_url + FILE_PATH.format(kind=file.kind, token=file.token)

    # ------------------------------------------------------------------ main contract

    def get_contract_data(self, call: Call) -> JSON:
        customer = self.data.customer(call.params["customerId"])
        if not self.state.has_contract(customer.id):
            return []
        (template, *_) = call.example()
        contract_id = self.state.contract_id(customer.id)
        start, end = self.state.contract_dates(customer)
        dates = self.state.cancelation_dates()
        template.update(
            id=contract_id,
            startDate=start.isoformat(),
            endDate=end.isoformat(),
            rateName=self.state.rate_name(customer),
            contractStatus="ACTIVE",
            lastPossibleCancelationDate=(dates[0] - timedelta(days=10)).isoformat(),
            availableCancelationDates=[d.isoformat() for d in dates],
        )
        cancelation = self.state.cancelations.get(contract_id)
        _set(template, "cancelationStatus", cancelation and cancelation.status)
        _set(template, "cancelationDate", cancelation and cancelation.day.isoformat())
        _set(template, "cancelationReason", cancelation and cancelation.reason)
        _set(template, "cancelationOrigin", cancelation and cancelation.origin)
        return [template]

    def get_customers_contracts(self, call: Call) -> JSON:
        customer = self.data.customer(call.params["customerId"])
        if call.params.get("status", "ACTIVE") != "ACTIVE" or not self.state.has_contract(
            customer.id
        ):
            return []
        (template, *_) = call.example()
        contract_id = self.state.contract_id(customer.id)
        start, end = self.state.contract_dates(customer)
        cancelation = self.state.cancelations.get(contract_id)
        template.update(
            id=contract_id,
            createdDate=start.isoformat(),
            startDate=start.isoformat(),
            endDate=end.isoformat(),
            rateName=self.state.rate_name(customer),
            contractStatus="ACTIVE",
            cancelled=cancelation is not None and cancelation.status == "CANCELED",
            lastPossibleCancellationDate=(
                self.state.cancelation_dates()[0] - timedelta(days=10)
            ).isoformat(),
        )
        _set(template, "cancellationDate", cancelation and cancelation.day.isoformat())
        _set(template, "cancellationReceiptDate", cancelation and cancelation.received.isoformat())
        _set(template, "cancellationReason", cancelation and cancelation.reason)
        _set(template, "thirdPartyId", customer.third_party_id)
        sub_templates = template.get("moduleContracts") or [{}]
        template["moduleContracts"] = [
            self._module_sub_contract(dict(sub_templates[0]), m)
            for m in self.state.module_contracts_of(contract_id)
        ]
        return [template]

    @staticmethod
    def _module_sub_contract(template: dict[str, Any], contract: FakeModuleContract) -> JSON:
        price = {"amount": contract.price, "currency": contract.module.currency}
        details = dict(template.get("priceDetails") or {})
        frequency = dict(details.get("paymentFrequency") or {"type": "RECURRING"})
        frequency["id"] = contract.payment_frequency_id
        details.update(basePrice=price, currentPrice=price, paymentFrequency=frequency)
        cancelation = contract.cancelation
        template.update(
            id=contract.id,
            rateName=contract.module.name,
            startDate=contract.start_date.isoformat(),
            endDate=contract.end_date.isoformat(),
            price=contract.price,
            priceDetails=details,
            cancelled=cancelation is not None and cancelation.status == "CANCELED",
            contractStatus="ACTIVE",
        )
        _set(template, "cancellationDate", cancelation and cancelation.day.isoformat())
        _set(template, "cancellationReceiptDate", cancelation and cancelation.received.isoformat())
        return template

    def cancel_contract(self, call: Call) -> JSON:
        body = call.body
        self.state.cancel_contract(
            call.params["customerId"],
            body["contractId"],
            date.fromisoformat(body["cancelationDate"]),
            body["cancelationReasonId"],
        )
        return call.example() or dict(_SUCCESS)

    def withdraw_contract_cancelation(self, call: Call) -> JSON:
        self.state.withdraw_contract_cancelation(
            call.params["customerId"], call.params["contractId"]
        )
        return call.example() or dict(_SUCCESS)

    # ------------------------------------------------------------------ idle periods

    def get_idle_period_config(self, call: Call) -> JSON:
        self.state.customer_of(call.params["contractId"])
        config = call.example()
        config["firstPossibleStartDate"] = self.state.first_idle_start().isoformat()
        config["idlePeriodReasons"] = [
            {"id": r.id, "name": r.name, "documentRequired": r.document_required}
            for r in IDLE_PERIOD_REASONS
        ]
        return config

    def validate_idle_period(self, call: Call) -> JSON:
        status = self.state.idle_status(call.params["contractId"], _draft(call.body))
        return {"validationStatus": status}

    def _idle_json(self, call: Call, template: dict[str, Any], period: FakeIdlePeriod) -> JSON:
        reason = self.state.idle_reason(name=period.reason)
        document = self.state.idle_documents.get(period.id)
        template.update(
            id=period.id,
            startDate=period.start_date.isoformat(),
            unlimited=period.unlimited,
            state=period.state,
            reason=period.reason,
            idlePeriodReason={
                "id": reason.id,
                "name": reason.name,
                "documentRequired": reason.document_required,
            },
        )
        # An unlimited idle period has no end date.
        _set(template, "endDate", None if period.unlimited else period.end_date.isoformat())
        _set(template, "documentUrl", document and self._link(call, document))
        return template

    def get_idle_periods(self, call: Call) -> JSON:
        example = call.example()
        templates = example.get("currentAndUpcomingIdlePeriods") or example.get("pastIdlePeriods")
        today = self._today()
        past: list[JSON] = []
        current: list[JSON] = []
        for period in self.state.idle_periods(call.params["contractId"]):
            rendered = self._idle_json(call, dict(templates[0]), period)
            (past if period.end_date < today else current).append(rendered)
        return {"pastIdlePeriods": past, "currentAndUpcomingIdlePeriods": current}

    def _proof(self, call: Call) -> FakeFile | None:
        upload = call.files.get("document")
        if upload is None:
            return None
        return FakeFile("idle-periods", "", upload.file_name, upload.content_type, upload.data)

    def create_idle_period(self, call: Call) -> JSON:
        period = self.state.create_idle_period(
            call.params["contractId"], _draft(call.body["data"]), self._proof(call)
        )
        return self._idle_json(call, call.example(), period)

    def get_idle_period(self, call: Call) -> JSON:
        period = self.state.idle_period(call.params["contractId"], call.params["idlePeriodId"])
        return self._idle_json(call, call.example(), period)

    def update_idle_period(self, call: Call) -> JSON:
        period = self.state.update_idle_period(
            call.params["contractId"],
            call.params["idlePeriodId"],
            _draft(call.body["data"]),
            self._proof(call),
        )
        return self._idle_json(call, call.example(), period)

    def preview_idle_period(self, call: Call) -> JSON:
        contract_id = call.params["contractId"]
        period = self.state.idle_period(contract_id, call.params["idlePeriodId"])
        draft = _draft(call.body)
        self.state.idle_reason(draft.reason_id, reference="reasonId")
        status = self.state.idle_status(contract_id, draft, updating=period)
        _, end = self.state.contract_dates(self.state.customer_of(contract_id))
        if status == "IDLEPERIOD_UPDATABLE" and not draft.unlimited:
            # The contract is extended by the idle period's length.
            end += self.state.idle_end(draft) - draft.start_date + timedelta(days=1)
        preview = call.example()
        preview.update(validationStatus=status, previewEndDate=end.isoformat())
        return preview

    def withdraw_idle_period(self, call: Call) -> JSON:
        self.state.withdraw_idle_period(call.params["contractId"], call.params["idlePeriodId"])
        return call.example() or dict(_SUCCESS)

    # ------------------------------------------------------------------ additional modules

    def get_purchasable_modules(self, call: Call) -> JSON:
        wanted = {m.id for m in self.state.purchasable_modules(call.params["contractId"])}
        return [m for m in call.example() if m.get("id") in wanted]

    def validate_module(self, call: Call) -> JSON:
        body = call.body
        status = self.state.module_status(
            call.params["contractId"],
            body["additionalModuleId"],
            body["paymentFrequencyId"],
            body["bookTrialPeriod"],
        )
        return {"validationStatus": status}

    def purchase_module(self, call: Call) -> JSON:
        body = call.body
        contract = self.state.purchase_module(
            call.params["contractId"],
            body["additionalModuleId"],
            body["paymentFrequencyId"],
            body["bookTrialPeriod"],
        )
        return {"id": contract.id}

    def get_module_contract(self, call: Call) -> JSON:
        contract = self.state.module_contract(
            call.params["contractId"], call.params["additionalModuleContractId"]
        )
        dates = self.state.module_cancelation_dates(contract)
        cancelation = contract.cancelation
        answer = call.example()
        answer.update(
            name=contract.module.name,
            price={"amount": contract.price, "currency": contract.module.currency},
            startDate=contract.start_date.isoformat(),
            endDate=contract.end_date.isoformat(),
            lastPossibleCancelationDate=add_months(
                dates[0], -contract.module.term_months
            ).isoformat(),
            availableCancelationDates=[d.isoformat() for d in dates],
            contractCancelationCanBeWithdrawn=cancelation is not None
            and cancelation.status != "PENDING_WITHDRAWAL_VERIFICATION",
        )
        _set(answer, "cancelationDate", cancelation and cancelation.day.isoformat())
        _set(answer, "cancelationReason", cancelation and cancelation.reason)
        _set(answer, "contractCancelationStatus", cancelation and cancelation.status)
        trial = dict(answer.get("trialPeriod") or {})
        trial["startDate"] = contract.start_date.isoformat()
        _set(answer, "trialPeriod", trial if contract.trial and "term" in trial else None)
        return answer

    def cancel_module_contract(self, call: Call) -> JSON:
        self.state.cancel_module_contract(
            call.params["contractId"],
            call.params["additionalModuleContractId"],
            date.fromisoformat(call.body["cancelationDate"]),
            call.body["cancelationReasonId"],
        )
        return call.example() or dict(_SUCCESS)

    def withdraw_module_cancelation(self, call: Call) -> JSON:
        self.state.withdraw_module_cancelation(
            call.params["contractId"], call.params["additionalModuleContractId"]
        )
        return call.example() or dict(_SUCCESS)

    # ------------------------------------------------------------------ benefits

    def _benefit_list(self, customer_id: int, keys: list[str] | None) -> JSON:
        benefits = self.state.benefits(customer_id)
        chosen = keys if keys is not None else list(benefits)
        return [{"key": key, "valid": benefits.get(key, 0) > 0} for key in chosen]

    def get_benefits(self, call: Call) -> JSON:
        return self._benefit_list(call.params["customerId"], call.params.get("key"))

    def get_benefits_by_card_number(self, call: Call) -> JSON:
        found = self.state.find_customer(
            card=call.params["cardNumber"],
            card_format=call.params.get("cardNumberFormat") or "DECIMAL",
        )
        if found is None:
            raise TenantError(
                404, "ENTITY_NOT_FOUND", "no customer has this card", reference="cardNumber"
            )
        return self._benefit_list(found.id, call.params.get("key"))

    def use_benefit(self, call: Call) -> JSON:
        self.state.use_benefit(call.params["customerId"], call.params["benefitKey"])
        return None

    # ------------------------------------------------------------------ access mediums

    def add_access_medium(self, call: Call) -> JSON:
        body = call.body
        for name in ("type", "value"):
            if not body.get(name):
                raise invalid(name, f"{name} is required to add an access medium")
        medium = self.state.add_access_medium(
            call.params["customerId"], body["type"], body["value"]
        )
        return {"id": medium.id, "type": medium.type, "value": medium.value}

    def update_access_medium(self, call: Call) -> JSON:
        if not call.body.get("value"):
            raise invalid("value", "value is required")
        medium = self.state.update_access_medium(
            call.params["customerId"], call.params["accessMediumId"], call.body["value"]
        )
        return {"id": medium.id, "type": medium.type, "value": medium.value}

    def delete_access_medium(self, call: Call) -> JSON:
        self.state.delete_access_medium(call.params["customerId"], call.params["accessMediumId"])
        return None

    def get_customer_by(self, call: Call) -> JSON:
        params = call.params
        card_format = params.get("cardNumberFormat") or "DECIMAL"
        # Query parameter -> how the customer is found by it (debtor ids: the fake has none).
        lookups: dict[str, dict[str, Any]] = {
            "cardNumber": {"card": params.get("cardNumber"), "card_format": card_format},
            "barcode": {"kind": "BARCODE", "value": params.get("barcode")},
            "pin": {"kind": "PIN", "value": params.get("pin")},
            "customerNumber": {"customer_number": params.get("customerNumber")},
            "qrCodeUuid": {"uuid": params.get("qrCodeUuid")},
            "debtorId": {},
        }
        for name, criteria in lookups.items():
            if name not in params:
                continue
            found = self.state.find_customer(**criteria) if criteria else None
            if found is None:
                raise TenantError(
                    404, "ENTITY_NOT_FOUND", f"no customer with this {name}", reference=name
                )
            return customer_json(
                found,
                card_format=card_format,
                today=self._today(),
                image_url=self._image_url(found.id),
            )
        raise invalid("cardNumber", "give one of " + ", ".join(lookups))

    # ------------------------------------------------------------------ documents

    def upload_document(self, call: Call) -> JSON:
        upload = call.files["file"]
        file = FakeFile("documents", "", upload.file_name, upload.content_type, upload.data)
        document = self.state.upload_document(
            call.params["customerId"], file, call.params.get("description")
        )
        return {"id": document.id}

    def _document_json(self, call: Call, document: Any) -> JSON:
        item: dict[str, Any] = {
            "url": self._link(call, document.file),
            "id": document.id,
            "fileName": document.file.file_name,
        }
        _set(item, "description", document.description)
        return item

    def get_documents(self, call: Call) -> JSON:
        return [
            self._document_json(call, d) for d in self.state.documents_of(call.params["customerId"])
        ]

    def get_document(self, call: Call) -> JSON:
        document = self.state.document(call.params["customerId"], call.params["id"])
        return self._document_json(call, document)
