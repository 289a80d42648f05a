from modeltranslation.translator import TranslationOptions, register

from .models import TrainingModule


@register(TrainingModule)
class TrainingModuleTranslation(TranslationOptions):
    fields = ["name", "description"]
