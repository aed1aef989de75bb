"""The class, trial offer, check-in voucher and cross-studio operations of the fake tenant.

Like :mod:`._flows`: the spec engine checks a request, then hands it here as a
:class:`~._flows.Call`; each function asks :class:`~._studio_state.StudioState`
and writes the answer in the shape the spec documents. A sliced operation
returns every item; the engine cuts the slice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from ..types import ZonedDateTime, format_datetime
from . import _wire
from ._data import TIMEZONE, BookingRequest, FakeCustomer, FakeInstructor, TenantError
from ._flows import Call
from ._spec import Spec
from ._studio_state import (
    FakeCheckin,
    FakeClass,
    FakeClassBooking,
    FakeClassSlot,
    LeadDraft,
    StudioState,
    TrialOffer,
    term,
)

__all__ = ["StudioFlows", "trial_offers"]

JSON = Any


def trial_offers(spec: Spec) -> dict[int, TrialOffer]:
    """The studio's trial offer configurations: the documented example."""
    raw = spec.operation("getTrialOfferConfig").example()
    confirm = raw.get("confirmationOfBookingTerm") or {"value": 2, "unit": "HOURS"}
    lead = raw.get("leadDataConfig") or {}
    modes = {
        name: lead.get(f"{name}Mode", "OPTIONAL")
        for name in ("gender", "dateOfBirth", "telephone", "address")
    }
    offer = TrialOffer(
        id=raw["id"],
        contingent=raw["contingent"],
        confirm_within=term(confirm["value"], confirm["unit"]),
        modes=modes,
    )
    return {offer.id: offer}


def _instructor(record: FakeInstructor) -> JSON:
    return {
        "id": record.id,
        "firstName": record.first_name,
        "lastName": record.last_name,
        "publicName": record.public_name,
    }


def _lead(data: Mapping[str, Any]) -> LeadDraft:
    address = data.get("address")
    language = data.get("language")
    born = data.get("dateOfBirth")
    return LeadDraft(
        first_name=data["firstname"],
        last_name=data["lastname"],
        email=data["email"],
        gender=data.get("gender"),
        date_of_birth=date.fromisoformat(born) if born else None,
        telephone=data.get("telephone"),
        language=language["languageCode"] if language else None,
        third_party_id=data.get("thirdPartyId"),
        address=(
            (
                address["street"],
                address.get("houseNumber") or "",
                address["zipCode"],
                address["city"],
            )
            if address
            else None
        ),
    )


def _booking_request(body: Mapping[str, Any]) -> BookingRequest:
    # The spec engine checked the shapes already (date-times carry an offset).
    return BookingRequest(
        customer_id=body["customerId"],
        appointment_id=body["bookableAppointmentId"],
        start=ZonedDateTime.parse(body["startDateTime"]),
        end=ZonedDateTime.parse(body["endDateTime"]),
        instructor_ids=list(body.get("instructorIds") or []),
    )


class StudioFlows:
    """The stateful class, trial offer, voucher and cross-studio operations, by operation id."""

    def __init__(
        self,
        studio: StudioState,
        now: Callable[[], datetime],
        image_url: Callable[[int], str | None],
    ) -> None:
        self.studio = studio
        self.data = studio.data
        self._now = now
        self._image_url = image_url

    def handlers(self) -> dict[str, Callable[[Call], JSON]]:
        return {
            # classes
            "getActiveClasses": self.get_classes,
            "getClassById": self.get_class,
            "getClassSlots": self.get_class_slots,
            "getClassSlotById": self.get_class_slot,
            "getClassSlotsForMultipleClasses": self.get_slots_of_all_classes,
            "validateClassSlot": self.validate_class_slot,
            "bookClassSlot": self.book_class_slot,
            "getClassBookingById": self.get_class_booking,
            "cancelClassSlotById": self.cancel_class_booking,
            "getClassBookingsByCustomerId": self.get_class_bookings,
            # trial offers
            "getTrialOfferConfig": self.get_trial_offer_config,
            "getBookableTrialOfferClasses": self.get_trial_classes,
            "getClassSlotsForTrialOffers": self.get_trial_class_slots,
            "getBookableTrialOfferAppointments": self.get_trial_appointments,
            "getBookableAppointmentSlotsForTrialOffers": self.get_trial_appointment_slots,
            "validateForLeadCustomerCreation": self.validate_lead,
            "createLeadCustomer": self.create_lead,
            "validateClassSlotForTrialOffers": self.validate_trial_class_slot,
            "bookClassSlotForTrialOffers": self.book_trial_class_slot,
            "validateForAppointmentBookingForTrialOffers": self.validate_trial_appointment,
            "bookAppointmentForTrialOffer": self.book_trial_appointment,
            "confirmTrialOfferBooking": self.confirm_trial_booking,
            # check-in vouchers
            "redeemCheckinVoucher": self.redeem_voucher,
            # the studio and its partners
            "getStudioInformation": self.get_studio_information,
            "getStudiosWithActiveMembershipOffers": self.get_partner_studios,
            "getCrossStudioCustomerBy": self.get_network_customer_by,
            "getCrossStudioCustomerById": self.get_network_customer,
            "searchCrossStudioCustomers": self.search_network_customers,
            "getCrossStudioCustomersCheckinHistory": self.get_network_checkins,
            "getCustomersCheckinHistory": self.get_checkins,
        }

    # ------------------------------------------------------------------ classes

    @staticmethod
    def _class_json(course: FakeClass) -> JSON:
        return {
            "id": course.id,
            "title": course.title,
            "type": course.type,
            "duration": course.duration,
            "category": course.category,
            "description": course.description,
            "imgUrl": course.img_url,
            "bookable": course.bookable,
            "cancelCondition": {
                "cancelationAfterLatestPossible": True,
                "latestCancelTerm": {"value": 2, "unit": "HOURS"},
            },
        }

    def _slot_json(self, slot: FakeClassSlot) -> JSON:
        course = slot.course
        room_id, room, about = course.location
        location: JSON = {"id": room_id, "name": room}
        if about is not None:
            location["description"] = about
        return {
            "id": slot.id,
            "startDateTime": format_datetime(slot.start),
            "endDateTime": format_datetime(slot.end),
            "classInformation": {"id": course.id, "title": course.title},
            "instructors": [_instructor(i) for i in course.instructors],
            "location": location,
            "earliestBookingDateTime": format_datetime(slot.earliest_booking),
            "latestBookingDateTime": format_datetime(slot.latest_booking),
            "maxParticipants": course.capacity,
            "maxWaitingListParticipants": 0,
            "bookedParticipants": self.studio.booked(slot),
            "additionalParticipants": 0,
            "waitingListParticipants": 0,
        }

    def _booking_json(self, booking: FakeClassBooking) -> JSON:
        return {
            "bookingId": booking.id,
            "bookingStatus": booking.status,
            "classSlotId": booking.slot.id,
            "classId": booking.slot.course.id,
            "customerId": booking.customer_id,
            "classSlotStatus": "COMPLETED" if booking.slot.end <= self._now() else "PLANNED",
            "participantStatus": "PARTICIPATING" if booking.active else "NOT_PARTICIPATING",
        }

    def get_classes(self, call: Call) -> JSON:
        return [self._class_json(c) for c in self.studio.classes.values()]

    def get_class(self, call: Call) -> JSON:
        return self._class_json(self.studio.course(call.params["classId"]))

    def get_class_slots(self, call: Call) -> JSON:
        course = self.studio.course(call.params["classId"])
        return [self._slot_json(s) for s in self.studio.class_slots(course)]

    def get_class_slot(self, call: Call) -> JSON:
        slot = self.studio.slot_of(call.params["classId"], call.params["classSlotId"])
        return self._slot_json(slot)

    def get_slots_of_all_classes(self, call: Call) -> JSON:
        first = call.params.get("slotWindowStartDate") or self.studio.today()
        days = call.params.get("daysAhead", 7)
        if not 0 <= days <= 366:
            raise TenantError(
                400,
                "VALIDATION_ERROR",
                f"daysAhead must be 0 to 366, got {days}",
                reference="daysAhead",
            )
        return [self._slot_json(s) for s in self.studio.slots(first, days)]

    def validate_class_slot(self, call: Call) -> JSON:
        body = call.body
        status = self.studio.class_booking_status(body["customerId"], body["classSlotId"])
        return {"validationStatus": status}

    def book_class_slot(self, call: Call) -> JSON:
        body = call.body
        return self._booking_json(self.studio.book_class(body["customerId"], body["classSlotId"]))

    def get_class_booking(self, call: Call) -> JSON:
        return self._booking_json(self.studio.class_booking(call.params["bookingId"]))

    def cancel_class_booking(self, call: Call) -> JSON:
        self.studio.cancel_class_booking(call.params["bookingId"])
        return None

    def get_class_bookings(self, call: Call) -> JSON:
        bookings = self.studio.class_bookings_of(call.params["customerId"])
        return [self._booking_json(b) for b in bookings]

    # ------------------------------------------------------------------ trial offers

    def get_trial_offer_config(self, call: Call) -> JSON:
        offer = self.studio.trial_offer(call.params["configId"])
        config = call.example()
        config["id"] = offer.id
        return config

    def _offer_id(self) -> int:
        return next(iter(self.studio.trial_offers))

    def get_trial_classes(self, call: Call) -> JSON:
        offer = self._offer_id()
        return [
            {"trialOfferConfigId": offer, "trialOfferClass": self._class_json(c), "id": c.id}
            for c in self.studio.trial_classes()
        ]

    def get_trial_class_slots(self, call: Call) -> JSON:
        course = self.studio.trial_course(call.params["classId"])
        return [self._slot_json(s) for s in self.studio.class_slots(course)]

    def get_trial_appointments(self, call: Call) -> JSON:
        offer = self._offer_id()
        return [
            {
                "trialOfferConfigId": offer,
                "trialOfferBookableAppointment": _wire.bookable_appointment(a),
                "id": a.id,
            }
            for _, a in sorted(self.data.bookable_appointments.items())
        ]

    def get_trial_appointment_slots(self, call: Call) -> JSON:
        params = call.params
        appointment = self.data.appointment(params["bookableAppointmentId"])
        customer_id = params.get("customerId")
        if customer_id is not None:
            self.data.customer(customer_id)
        now = self._now()
        first = params.get("slotWindowStartDate") or now.astimezone(TIMEZONE).date()
        slots = self.data.slots(appointment, first, params.get("daysAhead", 1), now, customer_id)
        return [_wire.slot(s, appointment) for s in slots]

    def validate_lead(self, call: Call) -> JSON:
        body = call.body
        status, _ = self.studio.lead_status(
            body["trialOfferConfigId"], _lead(body["leadCustomerData"])
        )
        return {"validationStatus": status}

    def create_lead(self, call: Call) -> JSON:
        body = call.body
        customer = self.studio.create_lead(
            body["trialOfferConfigId"], _lead(body["leadCustomerData"])
        )
        return {"leadCustomerId": customer.id}

    def validate_trial_class_slot(self, call: Call) -> JSON:
        body = call.body
        status = self.studio.class_booking_status(
            body["customerId"], body["classSlotId"], trial=True
        )
        return {"validationStatus": status}

    def book_trial_class_slot(self, call: Call) -> JSON:
        body = call.body
        booking = self.studio.book_class(body["customerId"], body["classSlotId"], trial=True)
        return self._booking_json(booking)

    def validate_trial_appointment(self, call: Call) -> JSON:
        status = self.studio.trial_appointment_status(_booking_request(call.body))
        return {"validationStatus": status}

    def book_trial_appointment(self, call: Call) -> JSON:
        booking = self.studio.book_trial_appointment(_booking_request(call.body))
        appointment = self.data.bookable_appointments[booking.appointment_id]
        return _wire.booking(booking, appointment, self._now(), with_customer=False)

    def confirm_trial_booking(self, call: Call) -> JSON:
        return {"status": self.studio.confirm_trial_booking(call.params["bookingId"])}

    # ------------------------------------------------------------------ check-in vouchers

    def redeem_voucher(self, call: Call) -> JSON:
        body = call.body
        code = self.studio.redeem_voucher(
            body["voucherCode"], body["firstname"], body["lastname"], body["email"]
        )
        return {"studioAccessCode": code}

    # ------------------------------------------------------------------ studios

    def get_studio_information(self, call: Call) -> JSON:
        own = self.studio.own_studio
        answer = call.example()
        answer.update(
            name=own.name,
            description=own.description,
            country=own.country,
            countryCode=own.country_code,
            studioId=own.id,
            city=own.city,
            openingDate=own.opening_date.isoformat(),
        )
        answer.pop("closingDate", None)
        return answer

    def get_partner_studios(self, call: Call) -> JSON:
        return [
            {
                "name": s.name,
                "description": s.description,
                "country": s.country,
                "countryCode": s.country_code,
                "studioId": s.id,
                "openingDate": s.opening_date.isoformat(),
            }
            for s in self.studio.studios
        ]

    def _customer_json(self, customer: FakeCustomer, card_format: str) -> JSON:
        own = customer.id in self.data.customers
        return _wire.customer(
            customer,
            card_format=card_format,
            today=self.studio.today(),
            image_url=self._image_url(customer.id) if own else None,
        )

    def get_network_customer_by(self, call: Call) -> JSON:
        params = call.params
        card_format = params.get("cardNumberFormat") or "DECIMAL"
        lookups: dict[str, dict[str, Any]] = {
            "cardNumber": {"card": params.get("cardNumber"), "card_format": card_format},
            "barcode": {"kind": "BARCODE", "value": params.get("barcode")},
            "pin": {"kind": "PIN", "value": params.get("pin")},
            "customerNumber": {"customer_number": params.get("customerNumber")},
            "qrCodeUuid": {"uuid": params.get("qrCodeUuid")},
            "debtorId": {},  # the fake keeps no debtors
        }
        for name, criteria in lookups.items():
            if name not in params:
                continue
            found = self.studio.find_network_customer(**criteria) if criteria else None
            if found is None:
                raise TenantError(
                    404,
                    "ENTITY_NOT_FOUND",
                    f"no customer of any partner studio with this {name}",
                    reference=name,
                )
            return self._customer_json(found, card_format)
        raise TenantError(
            400,
            "VALIDATION_ERROR",
            "give one of " + ", ".join(lookups),
            reference="cardNumber",
        )

    def get_network_customer(self, call: Call) -> JSON:
        customer = self.studio.network_customer(call.params["customerId"])
        return self._customer_json(customer, call.params.get("cardNumberFormat") or "DECIMAL")

    def search_network_customers(self, call: Call) -> JSON:
        body = call.body
        born = body.get("dateOfBirth")
        found = self.studio.search_customers(
            first_name=body.get("firstName"),
            last_name=body.get("lastName"),
            email=body.get("email"),
            date_of_birth=date.fromisoformat(born) if born else None,
        )
        card_format = body.get("cardNumberFormat") or "DECIMAL"
        return [self._customer_json(c, card_format) for c in found]

    def _checkin_json(self, visit: FakeCheckin) -> JSON:
        item: JSON = {
            "checkinId": visit.id,
            "checkInDateTime": visit.check_in.isoformat(timespec="seconds"),
            "studioId": visit.studio.id,
            "studioName": visit.studio.name,
        }
        if visit.check_out <= self._now():  # still in the studio otherwise
            item["checkOutDateTime"] = visit.check_out.isoformat(timespec="seconds")
        return item

    def get_network_checkins(self, call: Call) -> JSON:
        params = call.params
        customer = self.studio.network_customer(params["customerId"])
        visits = self.studio.checkins_between(
            customer, params.get("fromDate"), params.get("toDate")
        )
        return [self._checkin_json(v) for v in visits]

    def get_checkins(self, call: Call) -> JSON:
        params = call.params
        customer = self.data.customer(params["customerId"])
        visits = self.studio.checkins_between(
            customer, params.get("fromDate"), params.get("toDate"), own_studio_only=True
        )
        return [self._checkin_json(v) for v in visits]
