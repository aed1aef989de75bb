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
        AccessMediumDto as AccessMediumDto,
    )
    from ._common import (
        AccessMediumType as AccessMediumType,
    )
    from ._common import (
        AccessRestriction as AccessRestriction,
    )
    from ._common import (
        AdditionalInformationFieldAssignment as AdditionalInformationFieldAssignment,
    )
    from ._common import (
        AdditionalInformationFieldType as AdditionalInformationFieldType,
    )
    from ._common import (
        AmendmentConfigurationStatus as AmendmentConfigurationStatus,
    )
    from ._common import (
        AppointmentBookingRequest as AppointmentBookingRequest,
    )
    from ._common import (
        AppointmentBookingResult as AppointmentBookingResult,
    )
    from ._common import (
        AppointmentBookingStatus as AppointmentBookingStatus,
    )
    from ._common import (
        AppointmentBookingValidationResult as AppointmentBookingValidationResult,
    )
    from ._common import (
        AppointmentBookingValidationStatus as AppointmentBookingValidationStatus,
    )
    from ._common import (
        AppointmentStatus as AppointmentStatus,
    )
    from ._common import (
        BankAccount as BankAccount,
    )
    from ._common import (
        BookableAppointment as BookableAppointment,
    )
    from ._common import (
        BookableAppointmentSlot as BookableAppointmentSlot,
    )
    from ._common import (
        CardNumberFormat as CardNumberFormat,
    )
    from ._common import (
        Class as Class,
    )
    from ._common import (
        ClassCancelCondition as ClassCancelCondition,
    )
    from ._common import (
        ClassInformation as ClassInformation,
    )
    from ._common import (
        ClassSlot as ClassSlot,
    )
    from ._common import (
        ClassSlotBookingRequest as ClassSlotBookingRequest,
    )
    from ._common import (
        ClassSlotBookingResult as ClassSlotBookingResult,
    )
    from ._common import (
        ClassSlotBookingStatus as ClassSlotBookingStatus,
    )
    from ._common import (
        ClassSlotBookingValidationResult as ClassSlotBookingValidationResult,
    )
    from ._common import (
        ClassSlotBookingValidationStatus as ClassSlotBookingValidationStatus,
    )
    from ._common import (
        ClassType as ClassType,
    )
    from ._common import (
        CommunicationChannel as CommunicationChannel,
    )
    from ._common import (
        CommunicationChannelWrapper as CommunicationChannelWrapper,
    )
    from ._common import (
        CommunicationPreference as CommunicationPreference,
    )
    from ._common import (
        ContractMonthDayToPrice as ContractMonthDayToPrice,
    )
    from ._common import (
        ContractPaymentFrequency as ContractPaymentFrequency,
    )
    from ._common import (
        ContractStatus as ContractStatus,
    )
    from ._common import (
        ContractTermToPrice as ContractTermToPrice,
    )
    from ._common import (
        Customer as Customer,
    )
    from ._common import (
        CustomerCheckin as CustomerCheckin,
    )
    from ._common import (
        CustomerIdlePeriod as CustomerIdlePeriod,
    )
    from ._common import (
        CustomerSearchRequest as CustomerSearchRequest,
    )
    from ._common import (
        CustomerStatus as CustomerStatus,
    )
    from ._common import (
        DayOfWeek as DayOfWeek,
    )
    from ._common import (
        DocumentIdentification as DocumentIdentification,
    )
    from ._common import (
        DocumentIdentificationDocumentType as DocumentIdentificationDocumentType,
    )
    from ._common import (
        Gender as Gender,
    )
    from ._common import (
        InputFieldMode as InputFieldMode,
    )
    from ._common import (
        Instructor as Instructor,
    )
    from ._common import (
        Language as Language,
    )
    from ._common import (
        Location as Location,
    )
    from ._common import (
        MembershipOfferRateCode as MembershipOfferRateCode,
    )
    from ._common import (
        MembershipSignupCustomer as MembershipSignupCustomer,
    )
    from ._common import (
        MessageCategory as MessageCategory,
    )
    from ._common import (
        Money as Money,
    )
    from ._common import (
        Month as Month,
    )
    from ._common import (
        MonthDay as MonthDay,
    )
    from ._common import (
        ParticipantStatus as ParticipantStatus,
    )
    from ._common import (
        PaymentChoice as PaymentChoice,
    )
    from ._common import (
        PaymentFrequencyType as PaymentFrequencyType,
    )
    from ._common import (
        PriceDetails as PriceDetails,
    )
    from ._common import (
        Signature as Signature,
    )
    from ._common import (
        SimpleContract as SimpleContract,
    )
    from ._common import (
        TemporalUnit as TemporalUnit,
    )
    from ._common import (
        Term as Term,
    )
    from ._common import (
        TermWithMinutes as TermWithMinutes,
    )
    from ._common import (
        TermWithMinutesUnit as TermWithMinutesUnit,
    )
    from ._common import (
        TimePeriod as TimePeriod,
    )
    from ._common import (
        TypedArgumentDto as TypedArgumentDto,
    )
    from ._common import (
        TypedArgumentType as TypedArgumentType,
    )
    from ._common import (
        VoidResult as VoidResult,
    )
    from .appointments import (
        AppointmentBookingResultWithCustomerId as AppointmentBookingResultWithCustomerId,
    )
    from .checkin_vouchers import (
        CheckinVoucherRedeem as CheckinVoucherRedeem,
    )
    from .checkin_vouchers import (
        OpenApiV1CheckinVoucherRedeemResultDto as OpenApiV1CheckinVoucherRedeemResultDto,
    )
    from .cross_studio import (
        StudioInformationBase as StudioInformationBase,
    )
    from .customers import (
        AdditionalInformationField as AdditionalInformationField,
    )
    from .customers import (
        AdditionalInformationListItem as AdditionalInformationListItem,
    )
    from .customers import (
        BenefitValidationDto as BenefitValidationDto,
    )
    from .customers import (
        Contract as Contract,
    )
    from .customers import (
        CustomerAccessCode as CustomerAccessCode,
    )
    from .customers import (
        CustomerAccessCodeFormat as CustomerAccessCodeFormat,
    )
    from .customers import (
        CustomerDocument as CustomerDocument,
    )
    from .customers import (
        CustomerDocumentUploadResult as CustomerDocumentUploadResult,
    )
    from .customers import (
        CustomerImage as CustomerImage,
    )
    from .customers import (
        CustomerWeighings as CustomerWeighings,
    )
    from .customers import (
        Measurement as Measurement,
    )
    from .customers import (
        OpenApiV1CustomerCreateResult as OpenApiV1CustomerCreateResult,
    )
    from .customers import (
        OpenApiV1CustomerStudioSwitchRequestDto as OpenApiV1CustomerStudioSwitchRequestDto,
    )
    from .customers import (
        RateCode as RateCode,
    )
    from .customers import (
        SubContract as SubContract,
    )
    from .customers import (
        UpdateAccessIdentificationRequest as UpdateAccessIdentificationRequest,
    )
    from .customers_account import (
        BookCustomerPaymentRequest as BookCustomerPaymentRequest,
    )
    from .customers_account import (
        BookCustomerPaymentResponse as BookCustomerPaymentResponse,
    )
    from .customers_account import (
        BookingEntry as BookingEntry,
    )
    from .customers_account import (
        CustomerAccountBalance as CustomerAccountBalance,
    )
    from .customers_account import (
        PaymentsUpdateCustomerPaymentInstrumentRequest as PaymentsUpdateCustomerPaymentInstrumentRequest,
    )
    from .customers_account import (
        UpdateCustomerPaymentInstrumentResponseDto as UpdateCustomerPaymentInstrumentResponseDto,
    )
    from .customers_communication import (
        CommunicationDirection as CommunicationDirection,
    )
    from .customers_communication import (
        CommunicationThreadRequest as CommunicationThreadRequest,
    )
    from .customers_communication import (
        CommunicationThreadResponse as CommunicationThreadResponse,
    )
    from .customers_communication import (
        CommunicationThreadStatus as CommunicationThreadStatus,
    )
    from .customers_self_service import (
        CustomerAddressData as CustomerAddressData,
    )
    from .customers_self_service import (
        CustomerContactData as CustomerContactData,
    )
    from .customers_self_service import (
        CustomerMasterData as CustomerMasterData,
    )
    from .customers_self_service import (
        CustomerTitle as CustomerTitle,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataDtoCustomerAddressData as OpenApiV1CustomerDataDtoCustomerAddressData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataDtoCustomerContactData as OpenApiV1CustomerDataDtoCustomerContactData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataDtoCustomerMasterData as OpenApiV1CustomerDataDtoCustomerMasterData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataDtoCustomerPaymentData as OpenApiV1CustomerDataDtoCustomerPaymentData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData as OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData as OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData as OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData as OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,
    )
    from .customers_self_service import (
        OpenApiV1CustomerPaymentAmendment as OpenApiV1CustomerPaymentAmendment,
    )
    from .devices import (
        Device as Device,
    )
    from .devices import (
        DeviceActivationResponse as DeviceActivationResponse,
    )
    from .devices import (
        DeviceModel as DeviceModel,
    )
    from .employees import (
        Employee as Employee,
    )
    from .employees import (
        EmployeeBusinessRole as EmployeeBusinessRole,
    )
    from .finance import (
        AddressDetails as AddressDetails,
    )
    from .finance import (
        AddressStatus as AddressStatus,
    )
    from .finance import (
        AddressStatusType as AddressStatusType,
    )
    from .finance import (
        AgencyCollectionCaseUpdate as AgencyCollectionCaseUpdate,
    )
    from .finance import (
        BlockLimitType as BlockLimitType,
    )
    from .finance import (
        ClientDetails as ClientDetails,
    )
    from .finance import (
        ClosureOption as ClosureOption,
    )
    from .finance import (
        ClosureOptionKey as ClosureOptionKey,
    )
    from .finance import (
        ClosureUpdate as ClosureUpdate,
    )
    from .finance import (
        ClosureUpdateRejectionReason as ClosureUpdateRejectionReason,
    )
    from .finance import (
        ClosureUpdateType as ClosureUpdateType,
    )
    from .finance import (
        CollectionCase as CollectionCase,
    )
    from .finance import (
        ContactDetails as ContactDetails,
    )
    from .finance import (
        ContactDetailsType as ContactDetailsType,
    )
    from .finance import (
        ContactStatus as ContactStatus,
    )
    from .finance import (
        ContactStatusType as ContactStatusType,
    )
    from .finance import (
        ContractDetails as ContractDetails,
    )
    from .finance import (
        Debt as Debt,
    )
    from .finance import (
        DebtCollectionConfiguration as DebtCollectionConfiguration,
    )
    from .finance import (
        DebtCollectionType as DebtCollectionType,
    )
    from .finance import (
        DebtCollectionUpdate as DebtCollectionUpdate,
    )
    from .finance import (
        DebtDerecognitionMode as DebtDerecognitionMode,
    )
    from .finance import (
        DebtLatestRejectionReason as DebtLatestRejectionReason,
    )
    from .finance import (
        DebtMaturityType as DebtMaturityType,
    )
    from .finance import (
        Debtor as Debtor,
    )
    from .finance import (
        DebtorId as DebtorId,
    )
    from .finance import (
        DebtorUpdate as DebtorUpdate,
    )
    from .finance import (
        DebtType as DebtType,
    )
    from .finance import (
        DebtUpdate as DebtUpdate,
    )
    from .finance import (
        LiablePersonDetails as LiablePersonDetails,
    )
    from .finance import (
        OpenApiV1Block as OpenApiV1Block,
    )
    from .finance import (
        OpenApiV1BlockDto as OpenApiV1BlockDto,
    )
    from .finance import (
        PaymentDetails as PaymentDetails,
    )
    from .finance import (
        Recurrence as Recurrence,
    )
    from .finance import (
        RecurrencePeriod as RecurrencePeriod,
    )
    from .finance import (
        TaxAdvisorCreateExport as TaxAdvisorCreateExport,
    )
    from .finance import (
        TaxAdvisorExportDownload as TaxAdvisorExportDownload,
    )
    from .finance import (
        TaxAdvisorExportFileFormat as TaxAdvisorExportFileFormat,
    )
    from .finance import (
        TaxAdvisorExportFormat as TaxAdvisorExportFormat,
    )
    from .finance import (
        TaxAdvisorExportLocale as TaxAdvisorExportLocale,
    )
    from .finance import (
        TaxAdvisorExportResult as TaxAdvisorExportResult,
    )
    from .finance import (
        TransferDetails as TransferDetails,
    )
    from .finance import (
        TransferDetailsOrigin as TransferDetailsOrigin,
    )
    from .finance import (
        TransferDetailsStatus as TransferDetailsStatus,
    )
    from .leads import (
        Address as Address,
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
    from .membership_self_service import (
        AdditionalModule as AdditionalModule,
    )
    from .membership_self_service import (
        AdditionalModuleContract as AdditionalModuleContract,
    )
    from .membership_self_service import (
        AdditionalModuleContractCancelation as AdditionalModuleContractCancelation,
    )
    from .membership_self_service import (
        AdditionalModuleContractExtended as AdditionalModuleContractExtended,
    )
    from .membership_self_service import (
        AdditionalModuleContractRequest as AdditionalModuleContractRequest,
    )
    from .membership_self_service import (
        AdditionalModuleContractTrialPeriod as AdditionalModuleContractTrialPeriod,
    )
    from .membership_self_service import (
        AdditionalModuleContractValidationStatus as AdditionalModuleContractValidationStatus,
    )
    from .membership_self_service import (
        AdditionalModuleExtension as AdditionalModuleExtension,
    )
    from .membership_self_service import (
        AdditionalModuleExtensionType as AdditionalModuleExtensionType,
    )
    from .membership_self_service import (
        AdditionalModuleMonthDayToPrice as AdditionalModuleMonthDayToPrice,
    )
    from .membership_self_service import (
        AdditionalModulePaymentFrequency as AdditionalModulePaymentFrequency,
    )
    from .membership_self_service import (
        AdditionalModuleTermToPrice as AdditionalModuleTermToPrice,
    )
    from .membership_self_service import (
        AdditionalModuleTrialPeriodConfig as AdditionalModuleTrialPeriodConfig,
    )
    from .membership_self_service import (
        AdditionalModuleValidationStatus as AdditionalModuleValidationStatus,
    )
    from .membership_self_service import (
        ContractCancelationReason as ContractCancelationReason,
    )
    from .membership_self_service import (
        ContractCancelationStatus as ContractCancelationStatus,
    )
    from .membership_self_service import (
        IdlePeriod as IdlePeriod,
    )
    from .membership_self_service import (
        IdlePeriodConfiguration as IdlePeriodConfiguration,
    )
    from .membership_self_service import (
        IdlePeriodFeeCalculationConfig as IdlePeriodFeeCalculationConfig,
    )
    from .membership_self_service import (
        IdlePeriodFeeCalculationType as IdlePeriodFeeCalculationType,
    )
    from .membership_self_service import (
        IdlePeriodFeeDetails as IdlePeriodFeeDetails,
    )
    from .membership_self_service import (
        IdlePeriodLists as IdlePeriodLists,
    )
    from .membership_self_service import (
        IdlePeriodPreviewCharge as IdlePeriodPreviewCharge,
    )
    from .membership_self_service import (
        IdlePeriodReason as IdlePeriodReason,
    )
    from .membership_self_service import (
        IdlePeriodRequest as IdlePeriodRequest,
    )
    from .membership_self_service import (
        IdlePeriodState as IdlePeriodState,
    )
    from .membership_self_service import (
        IdlePeriodTemporalUnit as IdlePeriodTemporalUnit,
    )
    from .membership_self_service import (
        IdlePeriodUpdatePreview as IdlePeriodUpdatePreview,
    )
    from .membership_self_service import (
        IdlePeriodUpdateRequest as IdlePeriodUpdateRequest,
    )
    from .membership_self_service import (
        IdlePeriodValidationRequest as IdlePeriodValidationRequest,
    )
    from .membership_self_service import (
        IdlePeriodValidationStatus as IdlePeriodValidationStatus,
    )
    from .membership_self_service import (
        IdlePeriodValidationStatusResult as IdlePeriodValidationStatusResult,
    )
    from .membership_self_service import (
        MembershipSelfServiceContractData as MembershipSelfServiceContractData,
    )
    from .membership_self_service import (
        MembershipSelfServiceContractDataCancelationOrigin as MembershipSelfServiceContractDataCancelationOrigin,
    )
    from .membership_self_service import (
        MembershipSelfServiceMainContractCancelation as MembershipSelfServiceMainContractCancelation,
    )
    from .membership_self_service import (
        RemainingIdlePeriods as RemainingIdlePeriods,
    )
    from .membership_self_service import (
        TermInformation as TermInformation,
    )
    from .memberships import (
        AgeRange as AgeRange,
    )
    from .memberships import (
        AttachedDocument as AttachedDocument,
    )
    from .memberships import (
        ContractPreUseType as ContractPreUseType,
    )
    from .memberships import (
        ContractVolume as ContractVolume,
    )
    from .memberships import (
        DatePeriod as DatePeriod,
    )
    from .memberships import (
        DiscountType as DiscountType,
    )
    from .memberships import (
        ExternalUrl as ExternalUrl,
    )
    from .memberships import (
        FlatFeePreview as FlatFeePreview,
    )
    from .memberships import (
        MembershipOffer as MembershipOffer,
    )
    from .memberships import (
        MembershipOfferExtended as MembershipOfferExtended,
    )
    from .memberships import (
        MembershipOfferExtensionType as MembershipOfferExtensionType,
    )
    from .memberships import (
        MembershipOfferFlatFee as MembershipOfferFlatFee,
    )
    from .memberships import (
        MembershipOfferIncludedModule as MembershipOfferIncludedModule,
    )
    from .memberships import (
        MembershipOfferModule as MembershipOfferModule,
    )
    from .memberships import (
        MembershipOfferModuleAgeBasedAdjustment as MembershipOfferModuleAgeBasedAdjustment,
    )
    from .memberships import (
        MembershipOfferModuleAgeBasedAdjustmentType as MembershipOfferModuleAgeBasedAdjustmentType,
    )
    from .memberships import (
        MembershipOfferModuleTerm as MembershipOfferModuleTerm,
    )
    from .memberships import (
        MembershipOfferMonthDayToPrice as MembershipOfferMonthDayToPrice,
    )
    from .memberships import (
        MembershipOfferPaymentFrequency as MembershipOfferPaymentFrequency,
    )
    from .memberships import (
        MembershipOfferRateBonusPeriod as MembershipOfferRateBonusPeriod,
    )
    from .memberships import (
        MembershipOfferRateBonusPeriodRuntimeExtensionType as MembershipOfferRateBonusPeriodRuntimeExtensionType,
    )
    from .memberships import (
        MembershipOfferRateBonusPeriodTermStrategy as MembershipOfferRateBonusPeriodTermStrategy,
    )
    from .memberships import (
        MembershipOfferSubsequentRate as MembershipOfferSubsequentRate,
    )
    from .memberships import (
        MembershipOfferTerm as MembershipOfferTerm,
    )
    from .memberships import (
        MembershipOfferTermAdjustmentRule as MembershipOfferTermAdjustmentRule,
    )
    from .memberships import (
        MembershipOfferTermAdjustmentRuleChargeAdjustmentType as MembershipOfferTermAdjustmentRuleChargeAdjustmentType,
    )
    from .memberships import (
        MembershipOfferTermAdjustmentRuleType as MembershipOfferTermAdjustmentRuleType,
    )
    from .memberships import (
        MembershipOfferTermExtended as MembershipOfferTermExtended,
    )
    from .memberships import (
        MembershipOfferTermExtendedCancelationStrategy as MembershipOfferTermExtendedCancelationStrategy,
    )
    from .memberships import (
        MembershipOfferTermToPrice as MembershipOfferTermToPrice,
    )
    from .memberships import (
        MembershipOfferTextBlock as MembershipOfferTextBlock,
    )
    from .memberships import (
        MembershipOfferTextBlockAttachmentType as MembershipOfferTextBlockAttachmentType,
    )
    from .memberships import (
        MembershipOfferTimeRestrictions as MembershipOfferTimeRestrictions,
    )
    from .memberships import (
        MembershipOfferTrialPeriod as MembershipOfferTrialPeriod,
    )
    from .memberships import (
        MembershipSignupContract as MembershipSignupContract,
    )
    from .memberships import (
        MembershipSignupRequest as MembershipSignupRequest,
    )
    from .memberships import (
        MembershipSignupResult as MembershipSignupResult,
    )
    from .memberships import (
        MembershipSwitch as MembershipSwitch,
    )
    from .memberships import (
        MembershipSwitchConfig as MembershipSwitchConfig,
    )
    from .memberships import (
        MembershipSwitchConfigPresentationDto as MembershipSwitchConfigPresentationDto,
    )
    from .memberships import (
        MembershipSwitchPreview as MembershipSwitchPreview,
    )
    from .memberships import (
        ModuleContractPreview as ModuleContractPreview,
    )
    from .memberships import (
        OpenApiV1MembershipSwitchConfigExtended as OpenApiV1MembershipSwitchConfigExtended,
    )
    from .memberships import (
        OpenApiV1SignupPreviewDto as OpenApiV1SignupPreviewDto,
    )
    from .memberships import (
        OpeningHoursCategory as OpeningHoursCategory,
    )
    from .memberships import (
        PaidTimePeriodCalculationType as PaidTimePeriodCalculationType,
    )
    from .memberships import (
        PaymentPreview as PaymentPreview,
    )
    from .memberships import (
        PaymentScheduleEntry as PaymentScheduleEntry,
    )
    from .memberships import (
        PaymentScheduleEntryType as PaymentScheduleEntryType,
    )
    from .memberships import (
        TextBlockSignature as TextBlockSignature,
    )
    from .memberships import (
        TimeRestrictionAvailability as TimeRestrictionAvailability,
    )
    from .memberships import (
        VoucherDiscountPeriod as VoucherDiscountPeriod,
    )
    from .memberships import (
        VoucherEffectivePeriod as VoucherEffectivePeriod,
    )
    from .memberships import (
        VoucherErrorCode as VoucherErrorCode,
    )
    from .memberships import (
        VoucherType as VoucherType,
    )
    from .payments import (
        PaymentsUserSessionRequest as PaymentsUserSessionRequest,
    )
    from .payments import (
        PaymentsUserSessionRequestScope as PaymentsUserSessionRequestScope,
    )
    from .payments import (
        PaymentsUserSessionResponse as PaymentsUserSessionResponse,
    )
    from .studios import (
        StudioAccessCodeConfiguration as StudioAccessCodeConfiguration,
    )
    from .studios import (
        StudioCategoryOpeningHours as StudioCategoryOpeningHours,
    )
    from .studios import (
        StudioClosingHours as StudioClosingHours,
    )
    from .studios import (
        StudioInformation as StudioInformation,
    )
    from .studios import (
        StudioLocation as StudioLocation,
    )
    from .studios import (
        StudioOpeningHours as StudioOpeningHours,
    )
    from .studios import (
        StudioOpeningHoursCategory as StudioOpeningHoursCategory,
    )
    from .studios import (
        StudioUtilization as StudioUtilization,
    )
    from .studios import (
        Tag as Tag,
    )
    from .trial_offers import (
        BookableTrialOfferAppointment as BookableTrialOfferAppointment,
    )
    from .trial_offers import (
        BookingConfirmationResult as BookingConfirmationResult,
    )
    from .trial_offers import (
        BookingConfirmationStatus as BookingConfirmationStatus,
    )
    from .trial_offers import (
        LeadCustomerAddressData as LeadCustomerAddressData,
    )
    from .trial_offers import (
        LeadCustomerData as LeadCustomerData,
    )
    from .trial_offers import (
        TrialOfferClass as TrialOfferClass,
    )
    from .trial_offers import (
        TrialOfferConfig as TrialOfferConfig,
    )
    from .trial_offers import (
        TrialOfferLeadCustomerCreationRequest as TrialOfferLeadCustomerCreationRequest,
    )
    from .trial_offers import (
        TrialOfferLeadCustomerCreationResult as TrialOfferLeadCustomerCreationResult,
    )
    from .trial_offers import (
        TrialOfferLeadCustomerCreationValidationResult as TrialOfferLeadCustomerCreationValidationResult,
    )
    from .trial_offers import (
        TrialOfferLeadDataConfig as TrialOfferLeadDataConfig,
    )
    from .trial_offers import (
        TrialOfferLeadValidationStatus as TrialOfferLeadValidationStatus,
    )

#: Model or enum name -> the module that defines it.
_HOMES: dict[str, str] = {
    "AccessMediumDto": "_common",
    "AccessMediumType": "_common",
    "AccessRestriction": "_common",
    "AdditionalInformationField": "customers",
    "AdditionalInformationFieldAssignment": "_common",
    "AdditionalInformationFieldType": "_common",
    "AdditionalInformationListItem": "customers",
    "AdditionalModule": "membership_self_service",
    "AdditionalModuleContract": "membership_self_service",
    "AdditionalModuleContractCancelation": "membership_self_service",
    "AdditionalModuleContractExtended": "membership_self_service",
    "AdditionalModuleContractRequest": "membership_self_service",
    "AdditionalModuleContractTrialPeriod": "membership_self_service",
    "AdditionalModuleContractValidationStatus": "membership_self_service",
    "AdditionalModuleExtension": "membership_self_service",
    "AdditionalModuleExtensionType": "membership_self_service",
    "AdditionalModuleMonthDayToPrice": "membership_self_service",
    "AdditionalModulePaymentFrequency": "membership_self_service",
    "AdditionalModuleTermToPrice": "membership_self_service",
    "AdditionalModuleTrialPeriodConfig": "membership_self_service",
    "AdditionalModuleValidationStatus": "membership_self_service",
    "Address": "leads",
    "AddressDetails": "finance",
    "AddressStatus": "finance",
    "AddressStatusType": "finance",
    "AgencyCollectionCaseUpdate": "finance",
    "AgeRange": "memberships",
    "AmendmentConfigurationStatus": "_common",
    "AppointmentBookingRequest": "_common",
    "AppointmentBookingResult": "_common",
    "AppointmentBookingResultWithCustomerId": "appointments",
    "AppointmentBookingStatus": "_common",
    "AppointmentBookingValidationResult": "_common",
    "AppointmentBookingValidationStatus": "_common",
    "AppointmentStatus": "_common",
    "AttachedDocument": "memberships",
    "BankAccount": "_common",
    "BenefitValidationDto": "customers",
    "BlockLimitType": "finance",
    "BookableAppointment": "_common",
    "BookableAppointmentSlot": "_common",
    "BookableTrialOfferAppointment": "trial_offers",
    "BookCustomerPaymentRequest": "customers_account",
    "BookCustomerPaymentResponse": "customers_account",
    "BookingConfirmationResult": "trial_offers",
    "BookingConfirmationStatus": "trial_offers",
    "BookingEntry": "customers_account",
    "CardNumberFormat": "_common",
    "CheckinVoucherRedeem": "checkin_vouchers",
    "Class": "_common",
    "ClassCancelCondition": "_common",
    "ClassInformation": "_common",
    "ClassSlot": "_common",
    "ClassSlotBookingRequest": "_common",
    "ClassSlotBookingResult": "_common",
    "ClassSlotBookingStatus": "_common",
    "ClassSlotBookingValidationResult": "_common",
    "ClassSlotBookingValidationStatus": "_common",
    "ClassType": "_common",
    "ClientDetails": "finance",
    "ClosureOption": "finance",
    "ClosureOptionKey": "finance",
    "ClosureUpdate": "finance",
    "ClosureUpdateRejectionReason": "finance",
    "ClosureUpdateType": "finance",
    "CollectionCase": "finance",
    "CommunicationChannel": "_common",
    "CommunicationChannelWrapper": "_common",
    "CommunicationDirection": "customers_communication",
    "CommunicationPreference": "_common",
    "CommunicationThreadRequest": "customers_communication",
    "CommunicationThreadResponse": "customers_communication",
    "CommunicationThreadStatus": "customers_communication",
    "ContactDetails": "finance",
    "ContactDetailsType": "finance",
    "ContactStatus": "finance",
    "ContactStatusType": "finance",
    "Contract": "customers",
    "ContractCancelationReason": "membership_self_service",
    "ContractCancelationStatus": "membership_self_service",
    "ContractDetails": "finance",
    "ContractMonthDayToPrice": "_common",
    "ContractPaymentFrequency": "_common",
    "ContractPreUseType": "memberships",
    "ContractStatus": "_common",
    "ContractTermToPrice": "_common",
    "ContractVolume": "memberships",
    "Customer": "_common",
    "CustomerAccessCode": "customers",
    "CustomerAccessCodeFormat": "customers",
    "CustomerAccountBalance": "customers_account",
    "CustomerAddressData": "customers_self_service",
    "CustomerCheckin": "_common",
    "CustomerContactData": "customers_self_service",
    "CustomerDocument": "customers",
    "CustomerDocumentUploadResult": "customers",
    "CustomerIdlePeriod": "_common",
    "CustomerImage": "customers",
    "CustomerMasterData": "customers_self_service",
    "CustomerSearchRequest": "_common",
    "CustomerStatus": "_common",
    "CustomerTitle": "customers_self_service",
    "CustomerWeighings": "customers",
    "DatePeriod": "memberships",
    "DayOfWeek": "_common",
    "Debt": "finance",
    "DebtCollectionConfiguration": "finance",
    "DebtCollectionType": "finance",
    "DebtCollectionUpdate": "finance",
    "DebtDerecognitionMode": "finance",
    "DebtLatestRejectionReason": "finance",
    "DebtMaturityType": "finance",
    "Debtor": "finance",
    "DebtorId": "finance",
    "DebtorUpdate": "finance",
    "DebtType": "finance",
    "DebtUpdate": "finance",
    "Device": "devices",
    "DeviceActivationResponse": "devices",
    "DeviceModel": "devices",
    "DiscountType": "memberships",
    "DocumentIdentification": "_common",
    "DocumentIdentificationDocumentType": "_common",
    "Employee": "employees",
    "EmployeeBusinessRole": "employees",
    "ExternalUrl": "memberships",
    "FlatFeePreview": "memberships",
    "Gender": "_common",
    "IdlePeriod": "membership_self_service",
    "IdlePeriodConfiguration": "membership_self_service",
    "IdlePeriodFeeCalculationConfig": "membership_self_service",
    "IdlePeriodFeeCalculationType": "membership_self_service",
    "IdlePeriodFeeDetails": "membership_self_service",
    "IdlePeriodLists": "membership_self_service",
    "IdlePeriodPreviewCharge": "membership_self_service",
    "IdlePeriodReason": "membership_self_service",
    "IdlePeriodRequest": "membership_self_service",
    "IdlePeriodState": "membership_self_service",
    "IdlePeriodTemporalUnit": "membership_self_service",
    "IdlePeriodUpdatePreview": "membership_self_service",
    "IdlePeriodUpdateRequest": "membership_self_service",
    "IdlePeriodValidationRequest": "membership_self_service",
    "IdlePeriodValidationStatus": "membership_self_service",
    "IdlePeriodValidationStatusResult": "membership_self_service",
    "InputFieldMode": "_common",
    "Instructor": "_common",
    "Language": "_common",
    "LeadAdditionalInformation": "leads",
    "LeadAdditionalInformationField": "leads",
    "LeadConfig": "leads",
    "LeadCreationRequest": "leads",
    "LeadCreationResult": "leads",
    "LeadCustomer": "leads",
    "LeadCustomerAddressData": "trial_offers",
    "LeadCustomerData": "trial_offers",
    "LeadValidationResult": "leads",
    "LeadValidationStatus": "leads",
    "LiablePersonDetails": "finance",
    "Location": "_common",
    "Measurement": "customers",
    "MembershipOffer": "memberships",
    "MembershipOfferExtended": "memberships",
    "MembershipOfferExtensionType": "memberships",
    "MembershipOfferFlatFee": "memberships",
    "MembershipOfferIncludedModule": "memberships",
    "MembershipOfferModule": "memberships",
    "MembershipOfferModuleAgeBasedAdjustment": "memberships",
    "MembershipOfferModuleAgeBasedAdjustmentType": "memberships",
    "MembershipOfferModuleTerm": "memberships",
    "MembershipOfferMonthDayToPrice": "memberships",
    "MembershipOfferPaymentFrequency": "memberships",
    "MembershipOfferRateBonusPeriod": "memberships",
    "MembershipOfferRateBonusPeriodRuntimeExtensionType": "memberships",
    "MembershipOfferRateBonusPeriodTermStrategy": "memberships",
    "MembershipOfferRateCode": "_common",
    "MembershipOfferSubsequentRate": "memberships",
    "MembershipOfferTerm": "memberships",
    "MembershipOfferTermAdjustmentRule": "memberships",
    "MembershipOfferTermAdjustmentRuleChargeAdjustmentType": "memberships",
    "MembershipOfferTermAdjustmentRuleType": "memberships",
    "MembershipOfferTermExtended": "memberships",
    "MembershipOfferTermExtendedCancelationStrategy": "memberships",
    "MembershipOfferTermToPrice": "memberships",
    "MembershipOfferTextBlock": "memberships",
    "MembershipOfferTextBlockAttachmentType": "memberships",
    "MembershipOfferTimeRestrictions": "memberships",
    "MembershipOfferTrialPeriod": "memberships",
    "MembershipSelfServiceContractData": "membership_self_service",
    "MembershipSelfServiceContractDataCancelationOrigin": "membership_self_service",
    "MembershipSelfServiceMainContractCancelation": "membership_self_service",
    "MembershipSignupContract": "memberships",
    "MembershipSignupCustomer": "_common",
    "MembershipSignupRequest": "memberships",
    "MembershipSignupResult": "memberships",
    "MembershipSwitch": "memberships",
    "MembershipSwitchConfig": "memberships",
    "MembershipSwitchConfigPresentationDto": "memberships",
    "MembershipSwitchPreview": "memberships",
    "MessageCategory": "_common",
    "ModuleContractPreview": "memberships",
    "Money": "_common",
    "Month": "_common",
    "MonthDay": "_common",
    "OpenApiV1Block": "finance",
    "OpenApiV1BlockDto": "finance",
    "OpenApiV1CheckinVoucherRedeemResultDto": "checkin_vouchers",
    "OpenApiV1CustomerCreateResult": "customers",
    "OpenApiV1CustomerDataDtoCustomerAddressData": "customers_self_service",
    "OpenApiV1CustomerDataDtoCustomerContactData": "customers_self_service",
    "OpenApiV1CustomerDataDtoCustomerMasterData": "customers_self_service",
    "OpenApiV1CustomerDataDtoCustomerPaymentData": "customers_self_service",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData": "customers_self_service",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData": "customers_self_service",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData": "customers_self_service",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData": "customers_self_service",
    "OpenApiV1CustomerPaymentAmendment": "customers_self_service",
    "OpenApiV1CustomerStudioSwitchRequestDto": "customers",
    "OpenApiV1MembershipSwitchConfigExtended": "memberships",
    "OpenApiV1SignupPreviewDto": "memberships",
    "OpeningHoursCategory": "memberships",
    "PaidTimePeriodCalculationType": "memberships",
    "ParticipantStatus": "_common",
    "PaymentChoice": "_common",
    "PaymentDetails": "finance",
    "PaymentFrequencyType": "_common",
    "PaymentPreview": "memberships",
    "PaymentScheduleEntry": "memberships",
    "PaymentScheduleEntryType": "memberships",
    "PaymentsUpdateCustomerPaymentInstrumentRequest": "customers_account",
    "PaymentsUserSessionRequest": "payments",
    "PaymentsUserSessionRequestScope": "payments",
    "PaymentsUserSessionResponse": "payments",
    "PriceDetails": "_common",
    "RateCode": "customers",
    "Recurrence": "finance",
    "RecurrencePeriod": "finance",
    "RemainingIdlePeriods": "membership_self_service",
    "Signature": "_common",
    "SimpleContract": "_common",
    "StudioAccessCodeConfiguration": "studios",
    "StudioCategoryOpeningHours": "studios",
    "StudioClosingHours": "studios",
    "StudioInformation": "studios",
    "StudioInformationBase": "cross_studio",
    "StudioLocation": "studios",
    "StudioOpeningHours": "studios",
    "StudioOpeningHoursCategory": "studios",
    "StudioUtilization": "studios",
    "SubContract": "customers",
    "Tag": "studios",
    "TaxAdvisorCreateExport": "finance",
    "TaxAdvisorExportDownload": "finance",
    "TaxAdvisorExportFileFormat": "finance",
    "TaxAdvisorExportFormat": "finance",
    "TaxAdvisorExportLocale": "finance",
    "TaxAdvisorExportResult": "finance",
    "TemporalUnit": "_common",
    "Term": "_common",
    "TermInformation": "membership_self_service",
    "TermWithMinutes": "_common",
    "TermWithMinutesUnit": "_common",
    "TextBlockSignature": "memberships",
    "TimePeriod": "_common",
    "TimeRestrictionAvailability": "memberships",
    "TransferDetails": "finance",
    "TransferDetailsOrigin": "finance",
    "TransferDetailsStatus": "finance",
    "TrialOfferClass": "trial_offers",
    "TrialOfferConfig": "trial_offers",
    "TrialOfferLeadCustomerCreationRequest": "trial_offers",
    "TrialOfferLeadCustomerCreationResult": "trial_offers",
    "TrialOfferLeadCustomerCreationValidationResult": "trial_offers",
    "TrialOfferLeadDataConfig": "trial_offers",
    "TrialOfferLeadValidationStatus": "trial_offers",
    "TypedArgumentDto": "_common",
    "TypedArgumentType": "_common",
    "UpdateAccessIdentificationRequest": "customers",
    "UpdateCustomerPaymentInstrumentResponseDto": "customers_account",
    "VoidResult": "_common",
    "VoucherDiscountPeriod": "memberships",
    "VoucherEffectivePeriod": "memberships",
    "VoucherErrorCode": "memberships",
    "VoucherType": "memberships",
}

__all__ = sorted(_HOMES)


if not TYPE_CHECKING:  # type checkers see the imports above, and so catch a misspelt name

    def __getattr__(name: str) -> Any:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return __all__
