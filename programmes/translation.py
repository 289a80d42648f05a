from modeltranslation.translator import TranslationOptions, register

from .models import Phase, Programme


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ["name", "description"]


@register(Phase)
class PhaseTranslation(TranslationOptions):
    fields = ["name"]
