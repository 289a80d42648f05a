from modeltranslation.translator import TranslationOptions, register

from .models import Page, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ["name"]


@register(Page)
class PageTranslation(TranslationOptions):
    # The published text. Empty means "not published in this language": no fallback
    # values are stored, the page view chooses the fallback and says so.
    fields = ["title", "summary", "body"]
    fallback_undefined = ""
