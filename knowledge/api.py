"""The knowledge base under /api/v1/knowledge/: topics and published pages for anyone,
per language, and the editorial workflow for editors, through the same selectors and
services as the pages. Staff-only pages exist only for staff: for anyone else they are
"not found".

The knowledge base stands alone (import-linter), so the staff check comes from the API's
default permission classes in settings, not from an import of the counselling app."""

from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.response import Response
from rest_framework.settings import api_settings

from . import selectors, services
from .models import Page, PageLanguage, PageVersion, Topic
from .rendering import render

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

LANGUAGE_PARAMETER = OpenApiParameter(
    "language",
    OpenApiTypes.STR,
    enum=LANGUAGE_CODES,
    description="The reader's language; by default the one the request asks for.",
)


def requested_language(request) -> str:
    """`?language=`, else the request's own language; an unknown one is a 400."""
    language = request.query_params.get("language") or translation.get_language()
    if language not in LANGUAGE_CODES:
        message = _("Unknown language “%(language)s”. Use one of: %(languages)s.") % {
            "language": language[:20],
            "languages": ", ".join(LANGUAGE_CODES),
        }
        raise serializers.ValidationError({"language": [message]})
    return language


def web_url(request, slug: str, language: str) -> str:
    """The page's public address (SITE_URL), whichever host the API was asked on."""
    with translation.override(language):
        return settings.SITE_URL + reverse("knowledge-page", args=[slug])


class IsEditor(BasePermission):
    def has_permission(self, request, view):
        return selectors.is_editor(request.user)


def editor_permissions() -> list[BasePermission]:
    """Signed-in staff as every staff endpoint requires (two-factor included), who edit."""
    return [permission() for permission in api_settings.DEFAULT_PERMISSION_CLASSES] + [IsEditor()]


@contextmanager
def as_400():
    """A service's refusal (a Django ValidationError) as a 400 carrying its message."""
    try:
        yield
    except ValidationError as error:
        raise serializers.ValidationError({"non_field_errors": error.messages}) from error


# Topics


class SubtopicSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class TopicSerializer(SubtopicSerializer):
    children = SubtopicSerializer(many=True)


@extend_schema_view(list=extend_schema(parameters=[LANGUAGE_PARAMETER]))
class TopicViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The topic tree: first-level topics with their subtopics, named in the language."""

    permission_classes = [AllowAny]
    serializer_class = TopicSerializer
    pagination_class = None  # the whole tree, a few dozen rows
    filter_backends: list = []

    def get_queryset(self):
        return Topic.objects.filter(parent__isnull=True).order_by("position")

    def list(self, request, *args, **kwargs):
        language = requested_language(request)
        topics = list(Topic.objects.order_by("position"))
        with translation.override(language):  # modeltranslation reads name in it
            children: dict[int, list[dict]] = {}
            for topic in topics:
                if topic.parent_id:
                    children.setdefault(topic.parent_id, []).append(
                        {"code": topic.code, "name": topic.name}
                    )
            tree = [
                {"code": topic.code, "name": topic.name, "children": children.get(topic.pk, [])}
                for topic in topics
                if topic.parent_id is None
            ]
        return Response(TopicSerializer(tree, many=True).data)


# Pages


class PageSummarySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    summary = serializers.CharField()
    audience = serializers.ChoiceField(choices=Page.Audience.choices)
    topics = serializers.ListField(child=serializers.CharField(), help_text="Topic codes.")
    updated_at = serializers.DateTimeField()
    url = serializers.URLField(help_text="The page on the web, in the language asked for.")


class PageSerializer(PageSummarySerializer):
    language = serializers.ChoiceField(
        choices=settings.LANGUAGES, help_text="The language the text is in."
    )
    fallback = serializers.BooleanField(
        help_text="True when the page is not published in the language asked for."
    )
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=settings.LANGUAGES),
        help_text="The languages the page is published in.",
    )
    body = serializers.CharField(help_text="Markdown.")
    body_html = serializers.CharField(help_text="The body rendered and sanitised.")
    related = serializers.ListField(child=serializers.SlugField(), help_text="Page slugs.")


class PageCreateSerializer(serializers.Serializer):
    slug = serializers.SlugField(max_length=100)
    audience = serializers.ChoiceField(choices=Page.Audience.choices, default=Page.Audience.PUBLIC)
    source_language = serializers.ChoiceField(choices=settings.LANGUAGES)
    topics = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Topic.objects.all(), required=False
    )
    review_interval_days = serializers.IntegerField(min_value=1, max_value=3650, default=365)


class NewPageSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    audience = serializers.ChoiceField(choices=Page.Audience.choices)
    source_language = serializers.ChoiceField(choices=settings.LANGUAGES)
    topics = serializers.ListField(child=serializers.CharField())
    review_interval_days = serializers.IntegerField()


def _summary(request, page: Page, language: str) -> dict:
    return {
        "slug": page.slug,
        "title": getattr(page, f"title_{language}"),
        "summary": getattr(page, f"summary_{language}"),
        "audience": page.audience,
        "topics": [topic.code for topic in page.topics.all()],
        "updated_at": page.updated_at,
        "url": web_url(request, page.slug, language),
    }


@extend_schema_view(
    list=extend_schema(
        parameters=[
            LANGUAGE_PARAMETER,
            OpenApiParameter("topic", OpenApiTypes.STR, description="A topic code."),
        ]
    ),
    retrieve=extend_schema(parameters=[LANGUAGE_PARAMETER]),
)
class PageViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Published pages. `?language=uk` lists the pages published in Ukrainian; a page read
    in a language it lacks comes in its fallback language, with `fallback` true. Editors
    create pages here; their texts are drafts (see versions)."""

    queryset = Page.objects.all()
    lookup_field = "slug"
    parser_classes = [JSONParser]
    filter_backends: list = []

    def get_permissions(self):
        if self.action in {"list", "retrieve"}:
            return [AllowAny()]
        return editor_permissions()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return PageSerializer
        if self.action == "create":
            return PageCreateSerializer
        return PageSummarySerializer

    def get_queryset(self) -> QuerySet[Page]:
        return selectors.pages_for(self.request.user)

    def list(self, request, *args, **kwargs):
        language = requested_language(request)
        pages = (
            selectors.published_in(self.get_queryset(), language)
            .prefetch_related("topics")
            .order_by(f"title_{language}", "slug")
        )
        code = request.query_params.get("topic")
        if code:
            topic = Topic.objects.filter(code=code[:50]).first()
            if topic is None:
                raise serializers.ValidationError({"topic": [_("No such topic.")]})
            pages = pages.filter(Q(topics=topic) | Q(topics__parent=topic)).distinct()
        listed = self.paginate_queryset(pages)
        return self.get_paginated_response(
            [_summary(request, page, language) for page in listed or []]
        )

    def retrieve(self, request, *args, **kwargs):
        language = requested_language(request)
        reading = selectors.reading(user=request.user, slug=kwargs["slug"], language=language)
        if reading is None:
            raise Http404
        page, shown = reading.page, reading.language
        related = [other.slug for other in page.related.all()]
        data = {
            **_summary(request, page, shown),
            "url": web_url(request, page.slug, language),
            "language": shown,
            "fallback": reading.fallback,
            "languages": page.languages,
            "body": getattr(page, f"body_{shown}"),
            "body_html": render(getattr(page, f"body_{shown}")),
            "related": related,
        }
        return Response(PageSerializer(data).data)

    @extend_schema(request=PageCreateSerializer, responses={201: NewPageSerializer})
    def create(self, request, *args, **kwargs):
        """Create a page (editors). It is published in no language until a text of it is
        saved, reviewed and published."""
        incoming = PageCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        fields = {"topics": [], **incoming.validated_data}
        with as_400():
            page = services.create_page(**fields)
        data = {
            "slug": page.slug,
            "audience": page.audience,
            "source_language": page.source_language,
            "topics": [topic.code for topic in page.topics.all()],
            "review_interval_days": page.review_interval_days,
        }
        return Response(NewPageSerializer(data).data, status=status.HTTP_201_CREATED)


# The editorial workflow


class VersionSerializer(serializers.ModelSerializer):
    page = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = PageVersion
        fields = [
            "id", "page", "language", "title", "summary", "body", "author", "created_at",
            "published_by", "published_at",
        ]  # fmt: skip


class DraftSerializer(serializers.Serializer):
    page = serializers.SlugField(help_text="The page's slug.")
    language = serializers.ChoiceField(choices=settings.LANGUAGES)
    title = serializers.CharField(max_length=200)
    summary = serializers.CharField(max_length=400, allow_blank=True, default="")
    body = serializers.CharField(allow_blank=True, default="", help_text="Markdown.")


class LanguageStateSerializer(serializers.ModelSerializer):
    page = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = PageLanguage
        fields = ["page", "language", "state", "published_at", "last_reviewed_on", "out_of_date"]


@extend_schema_view(
    list=extend_schema(
        parameters=[
            # Not "page": that names the page of results.
            OpenApiParameter("slug", OpenApiTypes.STR, description="A page's slug."),
            OpenApiParameter("language", OpenApiTypes.STR, enum=LANGUAGE_CODES),
        ]
    )
)
class VersionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Every saved text of every language, newest first (editors). Saving a draft adds a
    version; a version is sent for review, published by another editor, or restored as
    a new draft."""

    serializer_class = VersionSerializer
    parser_classes = [JSONParser]
    filter_backends: list = []

    def get_permissions(self):
        return editor_permissions()

    def get_queryset(self) -> QuerySet[PageVersion]:
        pages = selectors.pages_for(self.request.user)
        return PageVersion.objects.filter(page__in=pages).select_related("page")

    def filter_queryset(self, queryset):
        if self.action != "list":
            return queryset
        slug = self.request.query_params.get("slug")
        if slug:
            page = selectors.pages_for(self.request.user).filter(slug=slug[:100]).first()
            if page is None:
                raise serializers.ValidationError({"slug": [_("No such page.")]})
            queryset = queryset.filter(page=page)
        if "language" in self.request.query_params:
            queryset = queryset.filter(language=requested_language(self.request))
        return queryset

    @extend_schema(request=DraftSerializer, responses={201: VersionSerializer})
    def create(self, request, *args, **kwargs):
        """Save a draft of one language of a page."""
        incoming = DraftSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        fields = dict(incoming.validated_data)
        page = selectors.pages_for(request.user).filter(slug=fields.pop("page")).first()
        if page is None:
            raise serializers.ValidationError({"page": [_("No such page.")]})
        with as_400():
            version = services.save_draft(page=page, author=request.user, **fields)
        return Response(VersionSerializer(version).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=LanguageStateSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """Send the version for review: it must be the language's newest text."""
        version = self.get_object()
        with as_400():
            services.submit_for_review(version=version)
        return Response(LanguageStateSerializer(_state_of(version)).data)

    @extend_schema(request=None, responses=LanguageStateSerializer)
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        """Publish the version, as its reviewer: an editor other than its author."""
        version = self.get_object()
        with as_400():
            services.publish(version=version, reviewer=request.user)
        return Response(LanguageStateSerializer(_state_of(version)).data)

    @extend_schema(request=None, responses={201: VersionSerializer})
    @action(detail=True, methods=["post"])
    def restore(self, request, pk=None):
        """Bring the version back as a new draft of its language."""
        version = self.get_object()
        with as_400():
            restored = services.restore(version=version, by=request.user)
        return Response(VersionSerializer(restored).data, status=status.HTTP_201_CREATED)


def _state_of(version: PageVersion) -> PageLanguage:
    return PageLanguage.objects.select_related("page").get(
        page=version.page_id, language=version.language
    )
