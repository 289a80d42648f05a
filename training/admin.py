from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import TrainingModule


@admin.register(TrainingModule)
class TrainingModuleAdmin(TranslationAdmin):
    list_display = ["name", "audience", "active"]
    filter_horizontal = ["pages"]
