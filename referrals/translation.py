from modeltranslation.translator import TranslationOptions, register

from .models import Organisation, Service


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ["name"]


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = ["name", "description", "eligibility"]
