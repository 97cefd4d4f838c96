"""Response shapes, for the OpenAPI document (Dutch descriptions end up there)."""

from rest_framework import serializers

from openklachten.publication.readmodel import schema

_TYPES = {
    "date32[day]": serializers.DateField,
    "bool": serializers.BooleanField,
    "int32": serializers.IntegerField,
    "int64": serializers.IntegerField,
}
DESCRIPTIONS = {
    "public_id": "Permanente publieke sleutel van de klacht.",
    "organisatie": "Code van de klachtbehandelaar (TOOI), bv. gm0363.",
    "organisatie_naam": "Officiële naam van de klachtbehandelaar.",
    "organisatie_type": "Soort organisatie: gemeente, provincie, waterschap, ministerie, zbo, ombudsman, overig.",
    "bestuursorgaan": "TOOI-URI van het bestuursorgaan.",
    "ontvangstdatum": "Datum waarop de klacht is ontvangen.",
    "behandelduur_dagen": "Behandelduur in kalenderdagen, berekend uit de datums.",
    "termijn_dagen": "Wettelijke termijn (Awb 9:11) in dagen, inclusief adviescommissie en verdaging.",
    "binnen_termijn": "Afgehandeld binnen de wettelijke termijn (berekend, niet zelf gerapporteerd).",
    "themas": "Thema's (codes uit de waardelijst themas).",
    "gerelateerde_klacht": "public_id van de gekoppelde eerstelijnsklacht, als die gepubliceerd is.",
    "gepubliceerd_op": "Moment van publicatie (UTC).",
    "tekst_achtergehouden": "Reden waarom de vrije tekst niet wordt gepubliceerd, anders leeg.",
}


def _field(name, arrow_type):
    help_text = DESCRIPTIONS.get(name, f"Veld '{name}' van de Open Klachten Datastandaard.")
    kind = str(arrow_type)
    if kind.startswith("list"):
        return serializers.ListField(child=serializers.CharField(), help_text=help_text)
    if kind.startswith("timestamp"):
        return serializers.DateTimeField(allow_null=True, help_text=help_text)
    return _TYPES.get(kind, serializers.CharField)(allow_null=True, help_text=help_text)


class Klacht(serializers.Serializer):
    url = serializers.URLField(help_text="Permanente URL van deze klacht in de API.")
    informatiecategorie = serializers.URLField(help_text="Woo-informatiecategorie klachtoordeel (TOOI).")
    locals().update({name: _field(name, kind) for name, kind in schema.PUBLIC_COLUMNS.items()})


class Fragment(serializers.Serializer):
    veld = serializers.CharField(help_text="Tekstveld met een treffer.")
    html = serializers.CharField(help_text="HTML-fragment, geëscaped, met treffers in <mark>.")


class KlachtInLijst(Klacht):
    fragmenten = Fragment(many=True, required=False, help_text="Treffers van de zoekterm q.")


class KetenLid(serializers.Serializer):
    public_id = serializers.CharField()
    url = serializers.URLField()
    organisatie = serializers.CharField()
    eerstelijns_tweedelijns = serializers.CharField(allow_null=True)
    ontvangstdatum = serializers.DateField()


class KlachtDetail(Klacht):
    keten = KetenLid(many=True, help_text="Gekoppelde eerste- en tweedelijnsklachten.")


class Aanleverder(serializers.Serializer):
    organisatie = serializers.CharField()
    naam = serializers.CharField()
    laatste_aanlevering = serializers.DateTimeField(allow_null=True)
    verouderd = serializers.BooleanField(help_text="Langer dan de ingestelde termijn geen nieuwe aanlevering.")


class Meta(serializers.Serializer):
    licentie = serializers.URLField()
    licentie_naam = serializers.CharField()
    informatiecategorie = serializers.URLField()
    informatiecategorie_naam = serializers.CharField()
    laatst_bijgewerkt = serializers.DateTimeField(allow_null=True)
    aantal_klachten = serializers.IntegerField(help_text="Aantal gepubliceerde klachten in de hele dataset.")
    standaardversie = serializers.CharField()
    verouderd_na_dagen = serializers.IntegerField()
    aanleverders = Aanleverder(many=True)


class Link(serializers.Serializer):
    href = serializers.CharField()


class Links(serializers.Serializer):
    self = Link()
    first = Link(required=False)
    prev = Link(required=False)
    next = Link(required=False)
    last = Link(required=False)


ApiIndex = type(
    "ApiIndex",
    (serializers.Serializer,),
    {
        "naam": serializers.CharField(help_text="Naam van de API."),
        "_links": type(
            "ApiIndexLinks",
            (serializers.Serializer,),
            {
                name: Link(help_text=text)
                for name, text in (
                    ("self", "Deze ingang."),
                    ("klachten", "Gepubliceerde klachten."),
                    ("statistieken", "Cijfers per dimensie of maand."),
                    ("organisaties", "Klachtbehandelaars."),
                    ("aanleveringen", "Gepubliceerde aanleveringen."),
                    ("waardelijsten", "Waardelijsten van de standaard."),
                    ("openapi", "Dit OpenAPI-document."),
                    ("downloads", "Bulkdownloads (CSV, JSON Lines, Parquet)."),
                )
            },
        )(),
    },
)


def page_of(name: str, item) -> type:
    return type(
        name,
        (serializers.Serializer,),
        {
            "_meta": Meta(),
            "_links": Links(),
            "totaal": serializers.IntegerField(help_text="Totaal aantal resultaten voor deze filters."),
            "pagina": serializers.IntegerField(),
            "paginaGrootte": serializers.IntegerField(),
            "resultaten": item(many=True),
        },
    )


class Samenvatting(serializers.Serializer):
    total = serializers.IntegerField(help_text="Aantal klachten.")
    formeel = serializers.IntegerField()
    informeel = serializers.IntegerField()
    binnen_termijn = serializers.FloatField(
        allow_null=True,
        help_text="Aandeel (0–1) van de afgehandelde formele klachten dat binnen de termijn van "
        "Awb art. 9:11 is afgehandeld. Informele klachten tellen niet mee.",
    )
    mediaan_behandelduur = serializers.FloatField(
        allow_null=True, help_text="Mediane behandelduur van formele klachten in dagen."
    )
    gegrond = serializers.FloatField(
        allow_null=True, help_text="Aandeel (deels) gegrond van de beoordeelde formele klachten."
    )
    mediaan_behandelduur_informeel = serializers.FloatField(
        allow_null=True,
        help_text="Mediane behandelduur van informele klachten in dagen (apart gehouden: die zijn "
        "meestal binnen enkele dagen opgelost).",
    )
    aantal_gegrond = serializers.IntegerField(
        help_text="Aantal (deels) gegronde formele klachten (teller van gegrond)."
    )
    aantal_beoordeeld = serializers.IntegerField(
        help_text="Aantal formele klachten met een oordeel gegrond, deels gegrond of ongegrond (noemer van gegrond)."
    )
    aantal_binnen_termijn = serializers.IntegerField(
        help_text="Aantal formele klachten afgehandeld binnen de termijn (teller van binnen_termijn)."
    )
    aantal_afgehandeld_formeel = serializers.IntegerField(
        help_text="Aantal afgehandelde formele klachten (noemer van binnen_termijn)."
    )


class StatistiekRegel(Samenvatting):
    waarde = serializers.CharField(help_text="Waarde van de dimensie (code, maand of jaar).")
    label = serializers.CharField()


class Statistieken(serializers.Serializer):
    _meta = Meta()
    dimensie = serializers.CharField()
    samenvatting = Samenvatting()
    waarden = StatistiekRegel(many=True)


class Organisatie(serializers.Serializer):
    code = serializers.CharField()
    url = serializers.URLField()
    naam = serializers.CharField()
    type = serializers.CharField()
    cbs_code = serializers.CharField(allow_null=True)
    tooi_uri = serializers.URLField()
    aantal_klachten = serializers.IntegerField()
    inwoners = serializers.IntegerField(allow_null=True)
    per_10000 = serializers.FloatField(allow_null=True, help_text="Klachten per 10.000 inwoners (gemeenten).")
    gegrond = serializers.FloatField(
        allow_null=True, help_text="Aandeel (deels) gegrond van de beoordeelde formele klachten."
    )
    binnen_termijn = serializers.FloatField(
        allow_null=True, help_text="Aandeel afgehandelde formele klachten binnen de termijn van Awb art. 9:11."
    )
    mediaan_behandelduur = serializers.FloatField(
        allow_null=True, help_text="Mediane behandelduur van formele klachten in dagen."
    )
    mediaan_behandelduur_informeel = serializers.FloatField(
        allow_null=True, help_text="Mediane behandelduur van informele klachten in dagen."
    )
    aantal_gegrond = serializers.IntegerField(help_text="Aantal (deels) gegronde formele klachten.")
    aantal_beoordeeld = serializers.IntegerField(help_text="Aantal beoordeelde formele klachten.")
    aantal_binnen_termijn = serializers.IntegerField(help_text="Aantal formele klachten binnen de termijn.")
    aantal_afgehandeld_formeel = serializers.IntegerField(help_text="Aantal afgehandelde formele klachten.")
    te_weinig_klachten = serializers.BooleanField(help_text="Minder dan 30 klachten: geen percentages.")
    laatste_aanlevering = serializers.DateTimeField(allow_null=True)
    verouderd = serializers.BooleanField()


class Aanlevering(serializers.Serializer):
    id = serializers.IntegerField()
    organisatie = serializers.CharField()
    aangeleverd_op = serializers.DateTimeField()
    gewijzigd_op = serializers.DateTimeField()
    standaardversie = serializers.CharField()
    aantal_klachten = serializers.IntegerField()
    periode_van = serializers.DateField(allow_null=True)
    periode_tot = serializers.DateField(allow_null=True)
    metadata = serializers.DictField(help_text="Datasetmetadata zoals aangeleverd (tabblad Metadata).")
    downloads = serializers.DictField(child=serializers.URLField(), help_text="Bulkbestanden van deze aanlevering.")


class Code(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    toelichting = serializers.CharField(allow_blank=True)


class Waardelijst(serializers.Serializer):
    naam = serializers.CharField()
    url = serializers.URLField()
    codes = Code(many=True, required=False)
