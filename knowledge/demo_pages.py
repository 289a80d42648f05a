"""Demo knowledge-base pages for `make run`: fictional but realistic guidance for
newcomers (immigrants, refugees, beneficiaries of temporary protection) in Estonia and
Finland, in plain language and in up to seven languages (en, et, ru, fi, sv, uk, ar).

Each page has a unique slug, one to three topic codes from clients/taxonomy.txt, an
audience ("public", or "staff" for counsellors' practice notes) and translations, each
with a title, a one-sentence summary and a short Markdown body. Agency names and web
addresses are real, but rules change: the pages quote no prices, and the only phone
numbers are well-known public helplines (112, 1220, 116 006, 116 111, 116 117).
"""

PAGES: list[dict] = [
    {
        "slug": "register-place-of-residence",
        "topics": ["registration-residence"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Registering your place of residence",
                "summary": (
                    "Why you should register your address in Estonia and how to do it at your "
                    "local government or online."
                ),
                "body": """Everyone who lives in Estonia should register their place of
residence in the population register. Your registered address decides which local government
(city or rural municipality) serves you. It affects your family doctor, a kindergarten or
school place, local benefits and where official letters are sent.

Registration is free. Register within 30 days after you move in, and again every time you move.

1. Get a document that shows your right to use the home: a rental contract, a property document
   or the owner's written consent.
2. Choose how to apply: online at eesti.ee with an ID-card, Mobile-ID or Smart-ID, or in person
   at your local government office (in Tallinn, at the city district administration).
3. Fill in the notice of residence with your address and the family members moving with you,
   including children.
4. Attach the rental contract or the owner's consent if you do not own the home.
5. Wait for confirmation. The local government checks the data, usually within ten working
   days, and may contact the owner.

## Who can help

If you do not have a digital ID yet, go to your local government office in person and bring
your identity document. A counsellor at the integration counselling centre can help you fill in
the notice and explain what registration gives you.""",
            },
            "et": {
                "title": "Elukoha registreerimine",
                "summary": (
                    "Miks ja kuidas registreerida oma elukoht Eestis kohalikus omavalitsuses või "
                    "internetis."
                ),
                "body": """Igaüks, kes elab Eestis, peab oma elukoha rahvastikuregistrisse
registreerima. Registreeritud elukohast sõltub, milline kohalik omavalitsus (linn või vald)
sind teenindab. Sellest olenevad perearst, lasteaia- või koolikoht, kohalikud toetused ja see,
kuhu ametlikud kirjad saadetakse.

Elukoha registreerimine on tasuta. Tee seda 30 päeva jooksul pärast uude elukohta kolimist ja
iga kord, kui elukoht muutub.

1. Hangi dokument, mis tõendab sinu õigust eluruumi kasutada: üürileping, omandit tõendav
   dokument või omaniku kirjalik nõusolek.
2. Vali, kuidas elukohta registreerida: internetis eesti.ee kaudu ID-kaardi, Mobiil-ID või
   Smart-ID-ga või kohapeal kohaliku omavalitsuse teeninduses (Tallinnas linnaosa valitsuses).
3. Täida elukohateade: kirjuta aadress ja märgi ka kaasa kolivad pereliikmed, sealhulgas
   lapsed.
4. Lisa üürileping või omaniku nõusolek, kui eluruum ei kuulu sulle.
5. Oota kinnitust. Omavalitsus kontrollib andmeid tavaliselt kümne tööpäeva jooksul ja võib
   võtta ühendust omanikuga.

## Kes aitab

Kui sul ei ole veel digitaalset isikutunnistust, mine kohaliku omavalitsuse teenindusse ja võta
kaasa isikut tõendav dokument. Lõimumisnõustamise keskuse nõustaja aitab sul elukohateate täita
ja selgitab, mida elukohas registreeritud olemine sulle annab. Kui sa ei tea, millist aadressi
märkida, või omanik ei ole nõus sind registreerima, räägi sellest nõustajaga: ka sellises
olukorras on võimalik elukoht registreerida.""",
            },
            "ru": {
                "title": "Регистрация места жительства",
                "summary": (
                    "Зачем регистрировать место жительства в Эстонии и как это сделать в местном "
                    "самоуправлении или онлайн."
                ),
                "body": """Каждый, кто живёт в Эстонии, должен зарегистрировать своё место
жительства в регистре народонаселения. От адреса регистрации зависит, какое местное
самоуправление (город или волость) вас обслуживает: семейный врач, место в детском саду или
школе, местные пособия и адрес, на который приходят официальные письма.

Регистрация бесплатна. Зарегистрировать место жительства нужно в течение 30 дней после переезда
и затем при каждой смене адреса.

1. Подготовьте документ, подтверждающий право пользоваться жильём: договор аренды, документ о
   собственности или письменное согласие владельца.
2. Выберите способ: онлайн на eesti.ee с ID-картой, Mobiil-ID или Smart-ID либо лично в местном
   самоуправлении (в Таллинне — в управе части города).
3. Заполните уведомление о месте жительства: укажите адрес и членов семьи, которые переезжают
   вместе с вами, включая детей.
4. Приложите договор аренды или согласие владельца, если жильё вам не принадлежит.
5. Дождитесь подтверждения. Самоуправление проверяет данные обычно в течение десяти рабочих
   дней и может связаться с владельцем.

## Кто поможет

Если у вас ещё нет цифрового удостоверения, обратитесь в местное самоуправление лично и
возьмите документ, удостоверяющий личность. Консультант центра интеграционного консультирования
поможет заполнить уведомление и объяснит, что даёт регистрация места жительства.""",
            },
            "fi": {
                "title": "Asuinpaikan rekisteröinti Virossa",
                "summary": (
                    "Miksi ja miten rekisteröit asuinpaikkasi Virossa paikallishallinnossa tai "
                    "verkossa."
                ),
                "body": """Jokaisen Virossa asuvan pitää rekisteröidä asuinpaikkansa Viron
väestörekisteriin. Rekisteröity osoite ratkaisee, mikä paikallishallinto (kaupunki tai
maalaiskunta) palvelee sinua. Se vaikuttaa siihen, kuka on omalääkärisi, saatko päiväkoti- tai
koulupaikan ja paikallisia tukia ja mihin viralliset kirjeet lähetetään.

Rekisteröinti on maksuton. Tee se 30 päivän kuluessa muutosta ja aina, kun osoitteesi muuttuu.

1. Hanki asiakirja, joka osoittaa oikeutesi käyttää asuntoa: vuokrasopimus, omistusasiakirja
   tai omistajan kirjallinen suostumus.
2. Valitse tapa: verkossa eesti.ee-portaalissa henkilökortilla, Mobiil-ID:llä tai Smart-ID:llä
   tai paikan päällä paikallishallinnon palvelupisteessä (Tallinnassa kaupunginosahallinnossa).
3. Täytä asuinpaikkailmoitus: kirjoita osoite ja merkitse kaikki mukana muuttavat
   perheenjäsenet, myös lapset.
4. Liitä mukaan vuokrasopimus tai omistajan suostumus, jos asunto ei ole sinun.
5. Odota vahvistusta. Paikallishallinto tarkistaa tiedot yleensä kymmenen arkipäivän kuluessa
   ja voi ottaa yhteyttä asunnon omistajaan.

## Kuka auttaa

Jos sinulla ei vielä ole sähköistä tunnistusvälinettä, mene paikallishallinnon
palvelupisteeseen ja ota mukaan henkilöllisyystodistus. Kotoutumisneuvontakeskuksen neuvoja
auttaa sinua täyttämään ilmoituksen ja kertoo, mitä hyötyä rekisteröinnistä on sinulle ja
perheellesi.""",
            },
            "sv": {
                "title": "Registrera din bostadsort i Estland",
                "summary": (
                    "Varför och hur du registrerar din bostadsort i Estland hos kommunen eller på "
                    "nätet."
                ),
                "body": """Alla som bor i Estland ska registrera sin bostadsort i
befolkningsregistret. Den registrerade adressen avgör vilken lokal förvaltning (stad eller
landskommun) som ansvarar för dig. Den påverkar vilken husläkare du får, plats i förskola eller
skola, lokala stöd och vart officiella brev skickas.

Registreringen är avgiftsfri. Gör den inom 30 dagar efter att du har flyttat in och varje gång
du byter adress.

1. Skaffa ett dokument som visar att du har rätt att använda bostaden: hyresavtal,
   äganderättsbevis eller ägarens skriftliga samtycke.
2. Välj hur du vill anmäla: på nätet via eesti.ee med ID-kort, Mobiil-ID eller Smart-ID, eller
   på plats hos kommunen (i Tallinn hos stadsdelsförvaltningen).
3. Fyll i anmälan om bostadsort med adressen och de familjemedlemmar som flyttar med dig, även
   barn.
4. Bifoga hyresavtalet eller ägarens samtycke om bostaden inte är din.
5. Vänta på bekräftelse. Kommunen kontrollerar uppgifterna oftast inom tio arbetsdagar och kan
   kontakta ägaren.

## Vem kan hjälpa

Om du ännu inte har någon elektronisk identifiering, gå till kommunens servicekontor och ta med
en identitetshandling. En rådgivare på integrationsrådgivningscentret hjälper dig att fylla i
anmälan och förklarar vad registreringen ger dig.""",
            },
            "uk": {
                "title": "Реєстрація місця проживання",
                "summary": (
                    "Навіщо реєструвати місце проживання в Естонії та як це зробити в місцевому "
                    "самоврядуванні або онлайн."
                ),
                "body": """Кожен, хто живе в Естонії, має зареєструвати своє місце проживання в
реєстрі населення. Від зареєстрованої адреси залежить, яке місцеве самоврядування (місто чи
волость) вас обслуговує: сімейний лікар, місце в дитячому садку чи школі, місцеві виплати та
адреса, на яку надходять офіційні листи.

Реєстрація безкоштовна. Зробіть це протягом 30 днів після переїзду і щоразу, коли змінюєте
адресу.

1. Підготуйте документ, що підтверджує ваше право користуватися житлом: договір оренди,
   документ про власність або письмову згоду власника.
2. Оберіть спосіб: онлайн на eesti.ee за допомогою ID-картки, Mobiil-ID чи Smart-ID або
   особисто в місцевому самоврядуванні (у Таллінні — в управі району міста).
3. Заповніть повідомлення про місце проживання: вкажіть адресу та членів родини, які
   переїжджають разом із вами, зокрема дітей.
4. Додайте договір оренди або згоду власника, якщо житло вам не належить.
5. Дочекайтеся підтвердження. Самоврядування перевіряє дані зазвичай протягом десяти робочих
   днів і може зв'язатися з власником.

## Хто допоможе

Якщо у вас ще немає цифрового посвідчення, зверніться до місцевого самоврядування особисто й
візьміть документ, що посвідчує особу. Консультант центру інтеграційного консультування
допоможе заповнити повідомлення та пояснить, що дає вам реєстрація місця проживання.""",
            },
            "ar": {
                "title": "تسجيل مكان الإقامة",
                "summary": (
                    "لماذا يجب تسجيل مكان إقامتك في إستونيا وكيف تفعل ذلك لدى الحكومة المحلية أو "
                    "عبر الإنترنت."
                ),
                "body": """يجب على كل من يعيش في إستونيا تسجيل مكان إقامته في سجل السكان. يحدد
العنوان المسجل الحكومةَ المحلية (المدينة أو البلدية الريفية) التي تقدم لك الخدمات، ويؤثر ذلك في
اختيار طبيب الأسرة والحصول على مكان في الروضة أو المدرسة والإعانات المحلية، وفي العنوان الذي
تُرسل إليه الرسائل الرسمية.

التسجيل مجاني. سجّل عنوانك خلال 30 يومًا من الانتقال إلى السكن الجديد، وكرر ذلك في كل مرة يتغير
فيها عنوانك.

1. جهّز وثيقة تثبت حقك في استخدام المسكن: عقد إيجار أو وثيقة ملكية أو موافقة خطية من المالك.
2. اختر طريقة التقديم: عبر الإنترنت في بوابة eesti.ee باستخدام بطاقة الهوية أو Mobiil-ID أو
   Smart-ID، أو شخصيًا في مكتب الحكومة المحلية (في تالين لدى إدارة الحي).
3. املأ إشعار مكان الإقامة واكتب العنوان وأفراد الأسرة الذين ينتقلون معك، بمن فيهم الأطفال.
4. أرفق عقد الإيجار أو موافقة المالك إذا لم يكن المسكن ملكًا لك.
5. انتظر التأكيد. تتحقق الحكومة المحلية من البيانات عادةً خلال عشرة أيام عمل، وقد تتواصل مع
   المالك.

## من يمكنه المساعدة

إذا لم تكن لديك هوية رقمية بعد، فتوجّه إلى مكتب الحكومة المحلية شخصيًا واحمل معك وثيقة هويتك.
يساعدك مستشار مركز الإرشاد للاندماج في ملء الإشعار ويشرح لك ما يوفره لك تسجيل مكان الإقامة من
خدمات وحقوق.""",
            },
        },
    },
    {
        "slug": "personal-code-estonia",
        "topics": ["registration-personal-code"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Your Estonian personal code",
                "summary": (
                    "What the personal code (isikukood) is, how newcomers get one and where you "
                    "will need it."
                ),
                "body": """The Estonian personal code (isikukood) is an 11-digit number that
identifies you in state registers. Banks, doctors, schools, employers and e-services all ask
for it. The first digit shows your sex and century of birth, and the next six digits show your
date of birth.

Most newcomers get a personal code automatically together with their residence permit,
temporary protection or EU right of residence. It is printed on your residence permit card or
ID-card. If you need a code before that, for example to sign an employment contract or open a
bank account, you can ask for one.

1. Check your residence permit card or decision: if there is an 11-digit number, that is your
   personal code.
2. If you have no code, apply at your local government or at a Police and Border Guard Board
   (PPA) service office. Bring your passport or other identity document.
3. Explain why you need the code. The official may ask for a document, such as a letter from
   your employer.
4. Keep the code at hand, and give it to authorities, your employer, your doctor or your bank
   when they ask.

A personal code alone does not give you the right to live or work in Estonia: your residence
permit or right of residence does that. The code stays the same for life, even if you leave
Estonia and come back later.""",
            },
            "et": {
                "title": "Sinu Eesti isikukood",
                "summary": (
                    "Mis on isikukood, kuidas uussisserändaja selle saab ja milleks seda vaja on."
                ),
                "body": """Eesti isikukood on 11-kohaline number, mis tuvastab sind riiklikes
registrites. Seda küsivad pangad, arstid, koolid, tööandjad ja e-teenused. Esimene number
näitab sugu ja sünnisajandit, järgmised kuus numbrit sünnikuupäeva.

Enamik uussisserändajaid saab isikukoodi automaatselt koos elamisloa, ajutise kaitse või ELi
elamisõigusega. Kood on trükitud elamisloakaardile või ID-kaardile. Kui vajad koodi varem,
näiteks töölepingu sõlmimiseks või pangakonto avamiseks, saad seda eraldi taotleda.

1. Vaata oma elamisloakaarti või otsust: seal olev 11-kohaline number ongi sinu isikukood.
2. Kui sul koodi ei ole, pöördu kohaliku omavalitsuse või Politsei- ja Piirivalveameti (PPA)
   teenindusse. Võta kaasa pass või muu isikut tõendav dokument.
3. Selgita, milleks sul koodi vaja on. Ametnik võib küsida mõnda dokumenti, näiteks tööandja
   kirja.
4. Hoia kood käepärast ja anna see ametiasutustele, tööandjale, arstile või pangale, kui nad
   seda küsivad.

Isikukood üksi ei anna õigust Eestis elada ega töötada – selle õiguse annab elamisluba või
elamisõigus. Sinu isikukood jääb samaks kogu eluks, ka siis, kui lahkud Eestist ja tuled hiljem
tagasi.""",
            },
            "ru": {
                "title": "Ваш эстонский личный код",
                "summary": (
                    "Что такое личный код (isikukood), как его получить и для чего он нужен."
                ),
                "body": """Эстонский личный код (isikukood) — это 11-значный номер, по которому
вас узнают государственные регистры. Его спрашивают банки, врачи, школы, работодатели и
электронные услуги. Первая цифра обозначает пол и век рождения, следующие шесть — дату
рождения.

Большинство приезжих получают личный код автоматически вместе с видом на жительство, временной
защитой или правом на проживание в ЕС. Он напечатан на карте вида на жительство или ID-карте.
Если код нужен раньше, например чтобы подписать трудовой договор или открыть банковский счёт,
его можно запросить отдельно.

1. Проверьте карту вида на жительство или решение: 11-значный номер в них и есть ваш личный
   код.
2. Если кода нет, обратитесь в местное самоуправление или в бюро обслуживания Департамента
   полиции и погранохраны (PPA). Возьмите паспорт или другой документ, удостоверяющий личность.
3. Объясните, зачем вам нужен код. Чиновник может попросить документ, например письмо от
   работодателя.
4. Держите код под рукой и сообщайте его учреждениям, работодателю, врачу или банку, когда они
   спрашивают.

Сам по себе личный код не даёт права жить или работать в Эстонии — это право даёт вид на
жительство или право на проживание. Код остаётся с вами на всю жизнь, даже если вы уедете из
Эстонии и потом вернётесь.""",
            },
        },
    },
    {
        "slug": "extend-temporary-residence-permit",
        "topics": ["residence-extension"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Extending a temporary residence permit",
                "summary": (
                    "When and how to apply to the Police and Border Guard Board to extend your "
                    "temporary residence permit."
                ),
                "body": """A temporary residence permit in Estonia is issued for a fixed
period. If you want to stay longer for the same reason (work, studies, family or business),
apply for an extension before the permit ends. Submit the application to the Police and Border
Guard Board (PPA) at least two months before your permit expires. A late application causes
problems: your permit may end before a decision is made.

1. Check the end date on your residence permit card and set a reminder six months ahead.
2. Read the requirements for your type of permit at politsei.ee. The conditions for work, study
   and family permits are different.
3. Collect the documents: your passport, a recent photo if you apply in person, and proof that
   the reason for your stay continues, such as an employment contract, a study certificate or a
   marriage certificate.
4. Apply in the PPA self-service portal or book a time at a PPA service office. Pay the state
   fee shown on politsei.ee.
5. Give your fingerprints if the PPA asks for them, and answer any extra questions by the
   deadline.
6. Collect your new residence permit card from the service office you chose.

## If your situation has changed

If you changed employer, divorced or finished your studies, tell the PPA before you apply. You
may need a new permit instead of an extension. A counsellor can help you find out which option
fits your situation.""",
            },
            "et": {
                "title": "Tähtajalise elamisloa pikendamine",
                "summary": (
                    "Millal ja kuidas taotleda Politsei- ja Piirivalveametilt tähtajalise "
                    "elamisloa pikendamist."
                ),
                "body": """Tähtajaline elamisluba antakse kindlaks ajaks. Kui soovid Eestisse
jääda sama põhjusega kauemaks (töö, õpingud, perekond või ettevõtlus), taotle elamisloa
pikendamist enne loa lõppu. Esita taotlus Politsei- ja Piirivalveametile (PPA) hiljemalt kaks
kuud enne elamisloa kehtivuse lõppu. Hiline taotlus tekitab probleeme: luba võib lõppeda enne,
kui otsus on tehtud.

1. Vaata elamisloakaardilt kehtivuse lõppkuupäeva ja pane endale meeldetuletus kuus kuud varem.
2. Loe politsei.ee lehelt oma elamisloa liigi nõudeid. Töötamiseks, õppimiseks ja pere juurde
   elama asumiseks antud elamislubade tingimused on erinevad.
3. Kogu dokumendid: pass, kohapeal taotledes värske foto ning tõend, et viibimise põhjus
   kestab, näiteks tööleping, õppimistõend või abielutunnistus.
4. Esita taotlus PPA iseteeninduses või broneeri aeg PPA teenindusse. Tasu riigilõiv, mille
   suurus on kirjas politsei.ee lehel.
5. Anna sõrmejäljed, kui PPA neid küsib, ja vasta lisaküsimustele tähtajaks.
6. Võta uus elamisloakaart vastu valitud teeninduses.

## Kui olukord on muutunud

Kui vahetasid tööandjat, lahutasid või lõpetasid õpingud, räägi sellest PPA-le enne taotluse
esitamist. Võib-olla vajad pikendamise asemel uut elamisluba. Nõustaja aitab välja selgitada,
milline lahendus sinu olukorrale sobib.""",
            },
            "ru": {
                "title": "Продление временного вида на жительство",
                "summary": (
                    "Когда и как подать в Департамент полиции и погранохраны ходатайство о "
                    "продлении временного вида на жительство."
                ),
                "body": """Временный вид на жительство выдаётся на определённый срок. Если вы
хотите остаться в Эстонии дольше по той же причине (работа, учёба, семья или
предпринимательство), подайте ходатайство о продлении до окончания срока действия. Сделайте это
в Департаменте полиции и погранохраны (PPA) не позднее чем за два месяца до окончания срока
вида на жительство. Позднее ходатайство создаёт проблемы: срок может закончиться раньше, чем
будет принято решение.

1. Посмотрите дату окончания срока на карте вида на жительство и поставьте себе напоминание за
   шесть месяцев.
2. Прочитайте требования для вашего типа вида на жительство на politsei.ee. Условия для работы,
   учёбы и семьи различаются.
3. Соберите документы: паспорт, свежую фотографию при подаче на месте и подтверждение того, что
   причина пребывания сохраняется, например трудовой договор, справку об учёбе или
   свидетельство о браке.
4. Подайте ходатайство в самообслуживании PPA или забронируйте время в бюро обслуживания PPA.
   Оплатите госпошлину, размер которой указан на politsei.ee.
5. Сдайте отпечатки пальцев, если PPA их попросит, и вовремя ответьте на дополнительные
   вопросы.
6. Получите новую карту вида на жительство в выбранном бюро обслуживания.

## Если ситуация изменилась

Если вы сменили работодателя, развелись или закончили учёбу, сообщите об этом PPA до подачи
ходатайства. Возможно, вам нужен новый вид на жительство, а не продление. Консультант поможет
понять, какой вариант подходит именно вам.""",
            },
        },
    },
    {
        "slug": "temporary-protection-rights-and-renewal",
        "topics": ["residence-temporary-protection", "residence-extension"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Temporary protection: your rights and renewal",
                "summary": (
                    "What temporary protection in Estonia gives you and how to keep your residence"
                    " permit valid."
                ),
                "body": """Temporary protection is for people who fled the war in Ukraine. In
Estonia it is a residence permit issued by the Police and Border Guard Board (PPA). It lets you
work without a separate work permit, register with the Unemployment Insurance Fund
(Töötukassa), send your children to kindergarten and school, attend free Estonian language
courses and get family benefits from the Social Insurance Board. You get health insurance
through work or through registration with Töötukassa, and children are insured.

The EU has extended temporary protection several times. Each time, the PPA explains how
Estonian permits are renewed.

1. Check the end date on your residence permit card.
2. Read the current renewal instructions on politsei.ee. Usually you submit an extension
   application in the PPA self-service portal or at a service office.
3. Make sure your address, phone number and e-mail are up to date, because the PPA sends
   reminders and decisions there.
4. Keep your place of residence registered, so that your benefits and school place continue.
5. After the decision, collect your new card if the PPA asks you to.

## Before you travel or move

If you plan to leave Estonia for a long time or move to another EU country, ask first: your
protection in Estonia may end. A counsellor can explain the current rules in Ukrainian or
Russian and help you fill in the application.""",
            },
            "et": {
                "title": "Ajutine kaitse: sinu õigused ja pikendamine",
                "summary": (
                    "Mida annab ajutine kaitse Eestis ja kuidas hoida oma elamisluba kehtivana."
                ),
                "body": """Ajutine kaitse on mõeldud inimestele, kes põgenesid sõja eest
Ukrainas. Eestis on see Politsei- ja Piirivalveameti (PPA) antud elamisluba. See annab õiguse
töötada ilma eraldi tööloata, registreeruda Eesti Töötukassas, panna lapsed lasteaeda ja kooli,
osaleda tasuta eesti keele kursustel ning saada Sotsiaalkindlustusametilt peretoetusi.
Ravikindlustuse saad töö kaudu või Töötukassas registreerudes, lapsed on kindlustatud.

Euroopa Liit on ajutist kaitset mitu korda pikendanud. Iga kord selgitab PPA, kuidas Eestis
elamislube pikendatakse.

1. Vaata elamisloakaardilt, millal luba lõpeb.
2. Loe politsei.ee lehelt kehtivaid pikendamise juhiseid. Tavaliselt esitatakse pikendamise
   taotlus PPA iseteeninduses või teeninduses.
3. Kontrolli, et sinu aadress, telefoninumber ja e-posti aadress oleksid õiged, sest PPA saadab
   meeldetuletused ja otsused sinna.
4. Hoia oma elukoht registreerituna, et toetused ja koolikoht jätkuksid.
5. Pärast otsust võta uus kaart vastu, kui PPA seda palub.

## Enne reisimist või kolimist

Kui plaanid Eestist pikemaks ajaks lahkuda või kolida teise ELi riiki, küsi enne nõu: sinu
kaitse Eestis võib lõppeda. Nõustaja selgitab kehtivaid reegleid ukraina või vene keeles ja
aitab taotluse täita.""",
            },
            "ru": {
                "title": "Временная защита: ваши права и продление",
                "summary": (
                    "Что даёт временная защита в Эстонии и как сохранить действие вида на "
                    "жительство."
                ),
                "body": """Временная защита предназначена для людей, бежавших от войны в
Украине. В Эстонии это вид на жительство, который выдаёт Департамент полиции и погранохраны
(PPA). Он даёт право работать без отдельного разрешения, зарегистрироваться в Кассе по
безработице (Töötukassa), отдать детей в детский сад и школу, посещать бесплатные курсы
эстонского языка и получать семейные пособия от Департамента социального страхования.
Медицинскую страховку вы получаете через работу или при регистрации в Töötukassa, дети
застрахованы.

Евросоюз уже несколько раз продлевал временную защиту. Каждый раз PPA объясняет, как
продлеваются эстонские виды на жительство.

1. Посмотрите на карте вида на жительство, когда заканчивается срок.
2. Прочитайте действующие инструкции по продлению на politsei.ee. Обычно ходатайство о
   продлении подают в самообслуживании PPA или в бюро обслуживания.
3. Проверьте, что ваш адрес, номер телефона и e-mail указаны правильно: PPA отправляет туда
   напоминания и решения.
4. Сохраняйте регистрацию места жительства, чтобы пособия и место в школе не прерывались.
5. После решения получите новую карту, если PPA попросит.

## Перед поездкой или переездом

Если вы планируете надолго уехать из Эстонии или переехать в другую страну ЕС, сначала
посоветуйтесь: ваша защита в Эстонии может прекратиться. Консультант объяснит действующие
правила на украинском или русском языке и поможет заполнить ходатайство.""",
            },
            "fi": {
                "title": "Tilapäinen suojelu Virossa: oikeutesi ja jatkaminen",
                "summary": (
                    "Mitä tilapäinen suojelu Virossa antaa ja miten pidät oleskelulupasi voimassa."
                ),
                "body": """Tilapäinen suojelu on tarkoitettu ihmisille, jotka ovat paenneet
Ukrainan sotaa. Virossa se on poliisi- ja rajavartiolaitoksen (PPA) myöntämä oleskelulupa. Sen
turvin voit tehdä työtä ilman erillistä työlupaa, ilmoittautua Viron työttömyysvakuutuskassaan
(Töötukassa), viedä lapset päiväkotiin ja kouluun, osallistua maksuttomille viron kielen
kursseille ja saada perhe-etuuksia sosiaalivakuutusvirastolta. Sairausvakuutuksen saat työn
kautta tai ilmoittautumalla Töötukassaan, ja lapset ovat vakuutettuja.

EU on jatkanut tilapäistä suojelua useita kertoja. Joka kerta PPA kertoo, miten virolaisia
oleskelulupia jatketaan.

1. Tarkista oleskelulupakortista, milloin lupa päättyy.
2. Lue voimassa olevat jatko-ohjeet osoitteesta politsei.ee. Yleensä jatkohakemus jätetään
   PPA:n sähköisessä asiointipalvelussa tai palvelupisteessä.
3. Varmista, että osoitteesi, puhelinnumerosi ja sähköpostiosoitteesi ovat oikein, sillä PPA
   lähettää muistutukset ja päätökset niihin.
4. Pidä asuinpaikkasi rekisteröitynä, jotta etuudet ja lasten koulupaikka jatkuvat.
5. Nouda päätöksen jälkeen uusi kortti, jos PPA pyytää sinua tekemään niin.

## Ennen matkaa tai muuttoa

Jos aiot lähteä Virosta pitkäksi aikaa tai muuttaa toiseen EU-maahan, kysy ensin neuvoa:
suojelusi Virossa voi päättyä. Neuvoja kertoo voimassa olevista säännöistä ukrainaksi tai
venäjäksi ja auttaa hakemuksen täyttämisessä.""",
            },
            "sv": {
                "title": "Tillfälligt skydd i Estland: dina rättigheter och förlängning",
                "summary": (
                    "Vad tillfälligt skydd i Estland ger dig och hur du håller ditt "
                    "uppehållstillstånd giltigt."
                ),
                "body": """Tillfälligt skydd är avsett för människor som har flytt kriget i
Ukraina. I Estland är det ett uppehållstillstånd som beviljas av polis- och
gränsbevakningsmyndigheten (PPA). Det ger dig rätt att arbeta utan separat arbetstillstånd,
anmäla dig hos arbetslöshetsförsäkringskassan (Töötukassa), låta barnen gå i förskola och
skola, delta i kostnadsfria kurser i estniska och få familjeförmåner från
socialförsäkringsmyndigheten. Sjukförsäkring får du genom arbete eller genom att anmäla dig hos
Töötukassa, och barn är försäkrade.

EU har förlängt det tillfälliga skyddet flera gånger. Varje gång förklarar PPA hur de estniska
tillstånden förlängs.

1. Kontrollera på ditt uppehållstillståndskort när tillståndet går ut.
2. Läs de aktuella anvisningarna om förlängning på politsei.ee. Oftast lämnar man in en ansökan
   om förlängning i PPA:s självbetjäning eller på ett servicekontor.
3. Se till att din adress, ditt telefonnummer och din e-postadress är rätt, eftersom PPA
   skickar påminnelser och beslut dit.
4. Håll din bostadsort registrerad så att förmånerna och skolplatsen fortsätter.
5. Hämta ditt nya kort efter beslutet om PPA ber dig göra det.

## Innan du reser eller flyttar

Om du tänker lämna Estland under en längre tid eller flytta till ett annat EU-land, fråga
först: ditt skydd i Estland kan upphöra. En rådgivare förklarar de gällande reglerna på
ukrainska eller ryska och hjälper dig att fylla i ansökan.""",
            },
            "uk": {
                "title": "Тимчасовий захист: ваші права та продовження",
                "summary": (
                    "Що дає тимчасовий захист в Естонії та як зберегти чинність дозволу на "
                    "проживання."
                ),
                "body": """Тимчасовий захист призначений для людей, які втекли від війни в
Україні. В Естонії це дозвіл на проживання, який видає Департамент поліції та прикордонної
охорони (PPA). Він дає право працювати без окремого дозволу, зареєструватися в Касі страхування
від безробіття (Töötukassa), віддати дітей до садочка й школи, відвідувати безкоштовні курси
естонської мови та отримувати сімейні виплати від Департаменту соціального страхування. Медичне
страхування ви отримуєте через роботу або після реєстрації в Töötukassa, діти застраховані.

Європейський Союз уже кілька разів продовжував тимчасовий захист. Щоразу PPA пояснює, як
продовжуються естонські дозволи на проживання.

1. Перевірте на картці дозволу на проживання, коли закінчується його строк.
2. Прочитайте чинні інструкції щодо продовження на politsei.ee. Зазвичай заяву на продовження
   подають у самообслуговуванні PPA або в бюро обслуговування.
3. Перевірте, чи правильно вказані ваша адреса, номер телефону та e-mail: PPA надсилає туди
   нагадування й рішення.
4. Зберігайте реєстрацію місця проживання, щоб виплати та місце в школі не переривалися.
5. Після рішення отримайте нову картку, якщо PPA про це попросить.

## Перед поїздкою або переїздом

Якщо ви плануєте надовго виїхати з Естонії або переїхати до іншої країни ЄС, спершу порадьтеся:
ваш захист в Естонії може припинитися. Консультант пояснить чинні правила українською чи
російською мовою та допоможе заповнити заяву.""",
            },
            "ar": {
                "title": "الحماية المؤقتة: حقوقك وتجديدها",
                "summary": (
                    "ما الذي تمنحك إياه الحماية المؤقتة في إستونيا وكيف تحافظ على صلاحية تصريح "
                    "إقامتك."
                ),
                "body": """الحماية المؤقتة مخصصة للأشخاص الذين فرّوا من الحرب في أوكرانيا، وهي
في إستونيا تصريح إقامة تصدره هيئة الشرطة وحرس الحدود (PPA). يمنحك هذا التصريح حق العمل دون
تصريح عمل منفصل، والتسجيل لدى صندوق التأمين ضد البطالة (Töötukassa)، وإلحاق أطفالك بالروضة
والمدرسة، وحضور دورات مجانية في اللغة الإستونية، والحصول على إعانات الأسرة من هيئة التأمين
الاجتماعي. وتحصل على التأمين الصحي عن طريق العمل أو بالتسجيل لدى Töötukassa، أما الأطفال فهم
مؤمَّن عليهم.

مدّد الاتحاد الأوروبي الحماية المؤقتة عدة مرات، وفي كل مرة توضّح هيئة PPA كيفية تجديد التصاريح
في إستونيا.

1. تحقق من تاريخ انتهاء الصلاحية على بطاقة تصريح الإقامة.
2. اقرأ تعليمات التجديد الحالية على موقع politsei.ee. عادةً يُقدَّم طلب التمديد عبر الخدمة
   الذاتية لهيئة PPA أو في أحد مكاتب الخدمة.
3. تأكد من صحة عنوانك ورقم هاتفك وبريدك الإلكتروني، لأن الهيئة ترسل التذكيرات والقرارات إليها.
4. حافظ على تسجيل مكان إقامتك حتى تستمر الإعانات ومقعد أطفالك في المدرسة.
5. بعد صدور القرار، استلم بطاقتك الجديدة إذا طلبت منك الهيئة ذلك.

## قبل السفر أو الانتقال

إذا كنت تخطط لمغادرة إستونيا لفترة طويلة أو الانتقال إلى بلد آخر في الاتحاد الأوروبي، فاستشر
أولًا، فقد تنتهي حمايتك في إستونيا. يشرح لك المستشار القواعد الحالية بالأوكرانية أو الروسية
ويساعدك في ملء الطلب.""",
            },
        },
    },
    {
        "slug": "eu-right-of-residence",
        "topics": ["residence-eu"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "EU citizens: registering your right of residence",
                "summary": (
                    "How citizens of the EU, the EEA and Switzerland and their family members "
                    "register their right of residence in Estonia."
                ),
                "body": """Citizens of the European Union, the European Economic Area and
Switzerland do not need a residence permit in Estonia. If you stay longer than three months,
you must register your right of residence. You do this by registering your place of residence
with the local government.

1. Register your place of residence at your local government or online at eesti.ee within three
   months of arriving. This gives you a temporary right of residence for five years.
2. Within one month after your address is registered, apply for an Estonian ID-card from the
   Police and Border Guard Board (PPA). You can apply at a PPA service office.
3. Use your ID-card to log in to e-services, sign documents digitally and prove your identity.
4. After five years of continuous legal residence, you can apply to the PPA for a permanent
   right of residence.

## Family members from outside the EU

If your spouse, child or other family member is not an EU citizen, they must apply to the PPA
for their own temporary right of residence. They need their passport and proof of the family
relationship, such as a marriage or birth certificate.

Keep your address up to date. If you leave Estonia for good, register your departure so that
your data in the registers stays correct.""",
            },
            "et": {
                "title": "ELi kodanikud: elamisõiguse registreerimine",
                "summary": (
                    "Kuidas ELi, Euroopa Majanduspiirkonna ja Šveitsi kodanikud ning nende "
                    "pereliikmed oma elamisõiguse Eestis registreerivad."
                ),
                "body": """Euroopa Liidu, Euroopa Majanduspiirkonna ja Šveitsi kodanikud ei
vaja Eestis elamisluba. Kui viibid Eestis kauem kui kolm kuud, pead registreerima oma
elamisõiguse. Selleks registreeri oma elukoht kohalikus omavalitsuses.

1. Registreeri elukoht kohalikus omavalitsuses või eesti.ee kaudu kolme kuu jooksul pärast
   saabumist. Nii saad tähtajalise elamisõiguse viieks aastaks.
2. Ühe kuu jooksul pärast elukoha registreerimist taotle Politsei- ja Piirivalveametist (PPA)
   Eesti ID-kaart. Taotluse saad esitada PPA teeninduses.
3. Kasuta ID-kaarti e-teenustesse sisenemiseks, dokumentide digiallkirjastamiseks ja isiku
   tõendamiseks.
4. Pärast viit aastat järjepidevat seaduslikku elamist Eestis saad taotleda PPA-st alalist
   elamisõigust.

## Pereliikmed väljastpoolt ELi

Kui sinu abikaasa, laps või muu pereliige ei ole ELi kodanik, peab ta ise taotlema PPA-st
tähtajalist elamisõigust. Vaja on passi ja dokumenti, mis tõendab perekondlikku sidet, näiteks
abielu- või sünnitunnistust.

Hoia oma aadress ajakohasena. Kui lahkud Eestist jäädavalt, registreeri oma lahkumine, et sinu
andmed registrites oleksid õiged.""",
            },
            "ru": {
                "title": "Граждане ЕС: регистрация права на проживание",
                "summary": (
                    "Как граждане ЕС, Европейской экономической зоны и Швейцарии и члены их семей "
                    "регистрируют право на проживание в Эстонии."
                ),
                "body": """Гражданам Европейского союза, Европейской экономической зоны и
Швейцарии вид на жительство в Эстонии не нужен. Если вы остаётесь дольше трёх месяцев, нужно
зарегистрировать право на проживание. Для этого зарегистрируйте место жительства в местном
самоуправлении.

1. Зарегистрируйте место жительства в местном самоуправлении или на eesti.ee в течение трёх
   месяцев после приезда. Так вы получите временное право на проживание на пять лет.
2. В течение месяца после регистрации адреса подайте заявление на эстонскую ID-карту в
   Департамент полиции и погранохраны (PPA). Это можно сделать в бюро обслуживания PPA.
3. Используйте ID-карту, чтобы входить в электронные услуги, подписывать документы цифровой
   подписью и удостоверять личность.
4. После пяти лет непрерывного законного проживания можно подать в PPA ходатайство о постоянном
   праве на проживание.

## Члены семьи из стран вне ЕС

Если ваш супруг, ребёнок или другой член семьи не является гражданином ЕС, он должен сам подать
в PPA ходатайство о временном праве на проживание. Понадобятся паспорт и документ о родстве,
например свидетельство о браке или о рождении.

Следите, чтобы ваш адрес был актуальным. Если вы уезжаете из Эстонии навсегда, зарегистрируйте
свой отъезд, чтобы данные в регистрах были верными.""",
            },
        },
    },
    {
        "slug": "family-reunification",
        "topics": ["residence-family-reunification"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Bringing your family to Estonia",
                "summary": (
                    "The main steps for family reunification and who can help you with the "
                    "application."
                ),
                "body": """If you live in Estonia with a residence permit, your spouse, minor
children and in some cases other close relatives may be able to join you. Each family member
needs their own residence permit. The rules depend on your own status: a worker, a student and
a beneficiary of international protection have different conditions.

1. Check the conditions for your situation at politsei.ee, or ask a counsellor to go through
   them with you.
2. Collect documents that prove the family relationship, such as marriage and birth
   certificates. Documents from abroad may need legalisation or an apostille and a translation.
3. Show that you have a place to live and, in most cases, enough income to support the family.
   Beneficiaries of international protection may have easier conditions if they apply soon
   after receiving protection.
4. Your family member submits the application to the Police and Border Guard Board (PPA),
   usually at an Estonian embassy abroad. The application must be submitted in person.
5. Wait for the decision. Processing can take several months, so start early.

## Help for refugees

Families separated by war or flight can get help from the Estonian Red Cross, which traces
missing relatives, and from the Estonian Refugee Council and the Estonian Human Rights Centre,
which advise on the application. Ask your support person or counsellor to refer you.""",
            },
            "et": {
                "title": "Pere toomine Eestisse",
                "summary": (
                    "Perekonna taasühinemise peamised sammud ja kes aitab taotluse koostamisel."
                ),
                "body": """Kui elad Eestis elamisloaga, võivad sinu abikaasa, alaealised lapsed
ja mõnel juhul ka teised lähisugulased sinuga ühineda. Iga pereliige vajab oma elamisluba.
Reeglid sõltuvad sinu enda staatusest: töötajale, üliõpilasele ja rahvusvahelise kaitse saajale
kehtivad erinevad tingimused.

1. Kontrolli oma olukorra tingimusi politsei.ee lehel või palu nõustajal need koos sinuga läbi
   vaadata.
2. Kogu dokumendid, mis tõendavad perekondlikku sidet, näiteks abielu- ja sünnitunnistused.
   Välisriigi dokumendid võivad vajada legaliseerimist või apostilli ja tõlget.
3. Näita, et sul on eluruum ja enamasti ka piisav sissetulek pere ülalpidamiseks.
   Rahvusvahelise kaitse saajatele võivad kehtida leebemad tingimused, kui taotlus esitatakse
   varsti pärast kaitse saamist.
4. Pereliige esitab taotluse Politsei- ja Piirivalveametile (PPA), tavaliselt Eesti
   välisesinduses. Taotlus tuleb esitada isiklikult.
5. Oota otsust. Menetlus võib kesta mitu kuud, seega alusta varakult.

## Abi pagulastele

Sõja või põgenemise tõttu lahutatud peresid aitavad Eesti Punane Rist, mis otsib kadunud
lähedasi, ning Eesti Pagulasabi ja Eesti Inimõiguste Keskus, kes nõustavad taotluse
koostamisel. Palu oma tugiisikul või nõustajal sind nende juurde suunata.""",
            },
            "ru": {
                "title": "Как перевезти семью в Эстонию",
                "summary": (
                    "Основные шаги при воссоединении семьи и кто может помочь с ходатайством."
                ),
                "body": """Если вы живёте в Эстонии с видом на жительство, к вам могут
переехать супруг, несовершеннолетние дети, а в некоторых случаях и другие близкие родственники.
Каждому члену семьи нужен собственный вид на жительство. Правила зависят от вашего статуса: для
работника, студента и получателя международной защиты условия разные.

1. Проверьте условия для вашей ситуации на politsei.ee или попросите консультанта разобраться в
   них вместе с вами.
2. Соберите документы, подтверждающие родство, например свидетельства о браке и о рождении.
   Иностранным документам может понадобиться легализация или апостиль и перевод.
3. Покажите, что у вас есть жильё и, как правило, достаточный доход, чтобы содержать семью. Для
   получателей международной защиты условия могут быть мягче, если ходатайство подано вскоре
   после получения защиты.
4. Член семьи подаёт ходатайство в Департамент полиции и погранохраны (PPA), обычно в
   посольстве Эстонии за рубежом. Ходатайство подаётся лично.
5. Дождитесь решения. Рассмотрение может занять несколько месяцев, поэтому начинайте заранее.

## Помощь беженцам

Семьям, разлучённым войной или бегством, помогают Эстонский Красный Крест, который ищет
пропавших родственников, а также Эстонский совет по делам беженцев и Эстонский центр по правам
человека, которые консультируют по ходатайству. Попросите опорное лицо или консультанта
направить вас к ним.""",
            },
        },
    },
    {
        "slug": "grey-passport-undetermined-citizenship",
        "topics": ["residence-travel-documents", "citizenship"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Undetermined citizenship and the grey passport",
                "summary": (
                    "What the alien's passport (grey passport) is, how to renew it and what "
                    "options you have."
                ),
                "body": """Many long-term residents of Estonia, especially in Narva and
Ida-Viru County, have undetermined citizenship. They hold an Estonian residence permit and
travel with an alien's passport, often called the grey passport. The Police and Border Guard
Board (PPA) issues it.

The alien's passport is a travel document. It does not give citizenship, but together with a
valid residence permit it allows you to live and work in Estonia and to make short trips in the
Schengen area.

1. Check the validity of both your alien's passport and your residence permit card. They have
   different end dates.
2. Apply for a new alien's passport in the PPA self-service portal or at a PPA service office
   before the old one expires.
3. If you apply in person, bring your current documents and a photo, and pay the state fee
   shown on politsei.ee.
4. If you travel outside the Schengen area, check the visa rules of that country before you buy
   tickets.

## Thinking about citizenship?

You may apply for Estonian citizenship if you meet the residence and language requirements.
Children born in Estonia to parents with undetermined citizenship can often get Estonian
citizenship from birth or with a simple application. Ask a counsellor or the PPA about your
family's options, and read the page "Becoming an Estonian citizen".""",
            },
            "et": {
                "title": "Määratlemata kodakondsus ja hall pass",
                "summary": (
                    "Mis on välismaalase pass (hall pass), kuidas seda uuendada ja millised on "
                    "sinu võimalused."
                ),
                "body": """Paljudel Eesti pikaajalistel elanikel, eriti Narvas ja Ida-Virumaal,
on määratlemata kodakondsus. Neil on Eesti elamisluba ja nad reisivad välismaalase passiga,
mida sageli nimetatakse halliks passiks. Seda väljastab Politsei- ja Piirivalveamet (PPA).

Välismaalase pass on reisidokument. See ei anna kodakondsust, kuid koos kehtiva elamisloaga
saad Eestis elada ja töötada ning teha lühiajalisi reise Schengeni alal.

1. Kontrolli nii välismaalase passi kui ka elamisloakaardi kehtivust. Nende lõppkuupäevad on
   erinevad.
2. Taotle uus välismaalase pass PPA iseteeninduses või teeninduses enne, kui vana kehtivus
   lõpeb.
3. Kohapeal taotledes võta kaasa praegused dokumendid ja foto ning tasu riigilõiv, mille suurus
   on kirjas politsei.ee lehel.
4. Kui reisid väljapoole Schengeni ala, kontrolli enne piletite ostmist sihtriigi viisanõudeid.

## Mõtled kodakondsusele?

Võid taotleda Eesti kodakondsust, kui täidad elamise ja keeleoskuse nõuded. Eestis sündinud
lapsed, kelle vanematel on määratlemata kodakondsus, saavad sageli Eesti kodakondsuse sünnist
alates või lihtsa taotlusega. Küsi oma pere võimaluste kohta nõustajalt või PPA-st ja loe lehte
„Eesti kodanikuks saamine”.""",
            },
            "ru": {
                "title": "Неопределённое гражданство и серый паспорт",
                "summary": (
                    "Что такое паспорт иностранца (серый паспорт), как его обновить и какие у вас "
                    "есть возможности."
                ),
                "body": """У многих давних жителей Эстонии, особенно в Нарве и Ида-Вирумаа,
неопределённое гражданство. У них есть эстонский вид на жительство, а путешествуют они с
паспортом иностранца, который часто называют серым паспортом. Его выдаёт Департамент полиции и
погранохраны (PPA).

Паспорт иностранца — это проездной документ. Он не даёт гражданства, но вместе с действующим
видом на жительство позволяет жить и работать в Эстонии и совершать короткие поездки по
Шенгенской зоне.

1. Проверьте срок действия и паспорта иностранца, и карты вида на жительство. У них разные даты
   окончания.
2. Подайте заявление на новый паспорт иностранца в самообслуживании PPA или в бюро обслуживания
   до того, как истечёт срок старого.
3. При подаче на месте возьмите действующие документы и фотографию и оплатите госпошлину,
   указанную на politsei.ee.
4. Если едете за пределы Шенгенской зоны, проверьте визовые правила страны назначения до
   покупки билетов.

## Думаете о гражданстве?

Вы можете ходатайствовать о гражданстве Эстонии, если выполняете требования к проживанию и
знанию языка. Дети, родившиеся в Эстонии у родителей с неопределённым гражданством, часто могут
получить эстонское гражданство с рождения или по простому заявлению. Узнайте о возможностях
вашей семьи у консультанта или в PPA и прочитайте страницу «Как стать гражданином Эстонии».""",
            },
        },
    },
    {
        "slug": "becoming-an-estonian-citizen",
        "topics": ["citizenship", "language-exams"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Becoming an Estonian citizen",
                "summary": (
                    "The main requirements for Estonian citizenship by naturalisation and the "
                    "steps to apply."
                ),
                "body": """Adults can apply for Estonian citizenship by naturalisation. The
main requirements are long legal residence, knowledge of Estonian, knowledge of the
Constitution and a legal income. Estonia generally does not allow naturalised citizens to keep
another citizenship, so think about what this means for you and your family.

1. Check the residence requirement: you must have lived in Estonia legally for at least eight
   years, the last five of them with a long-term residence permit or a permanent right of
   residence, and your place of residence must be registered.
2. Pass the Estonian language exam at level B1. The Education and Youth Board (HARNO) organises
   the exams.
3. Pass the exam on the Constitution and the Citizenship Act, also organised by HARNO. You can
   prepare with free materials and courses.
4. Submit the application to the Police and Border Guard Board (PPA) with proof of legal income
   and your exam certificates, and give a written oath of loyalty to Estonia's constitutional
   order.
5. Wait for the decision of the Government. If citizenship is granted, apply for an Estonian
   passport and ID-card.

## Exemptions and children

Some people are exempt from the exams, for example for health reasons, and older applicants
have easier conditions. Minor children can apply together with their parents, and children born
in Estonia to parents with undetermined citizenship may get citizenship more easily. The
Integration Foundation offers free language courses that prepare for the exams.""",
            },
            "et": {
                "title": "Eesti kodanikuks saamine",
                "summary": "Eesti kodakondsuse saamise peamised nõuded ja taotlemise sammud.",
                "body": """Täiskasvanu saab taotleda Eesti kodakondsust naturalisatsiooni
korras. Peamised nõuded on pikaajaline seaduslik elamine, eesti keele oskus, põhiseaduse
tundmine ja legaalne sissetulek. Eesti ei luba üldjuhul naturaliseeritud kodanikul säilitada
teist kodakondsust, seega mõtle läbi, mida see sinule ja sinu perele tähendab.

1. Kontrolli elamise nõuet: pead olema elanud Eestis seaduslikult vähemalt kaheksa aastat,
   neist viimased viis pikaajalise elaniku elamisloa või alalise elamisõigusega, ja sinu
   elukoht peab olema registreeritud.
2. Soorita eesti keele B1-taseme eksam. Eksameid korraldab Haridus- ja Noorteamet (HARNO).
3. Soorita põhiseaduse ja kodakondsuse seaduse tundmise eksam, mida samuti korraldab HARNO.
   Valmistuda saab tasuta materjalide ja kursustega.
4. Esita taotlus Politsei- ja Piirivalveametile (PPA) koos legaalset sissetulekut tõendavate
   dokumentide ja eksamitunnistustega ning anna kirjalik tõotus olla ustav Eesti
   põhiseaduslikule korrale.
5. Oota Vabariigi Valitsuse otsust. Kui kodakondsus antakse, taotle Eesti pass ja ID-kaart.

## Erandid ja lapsed

Mõned inimesed on eksamitest vabastatud, näiteks tervislikel põhjustel, ja eakamatele
taotlejatele kehtivad leebemad tingimused. Alaealised lapsed saavad taotleda kodakondsust koos
vanematega ning Eestis sündinud lapsed, kelle vanematel on määratlemata kodakondsus, võivad
saada kodakondsuse lihtsamalt. Integratsiooni Sihtasutus pakub tasuta keelekursusi, mis
valmistavad eksamiteks ette.""",
            },
            "ru": {
                "title": "Как стать гражданином Эстонии",
                "summary": (
                    "Основные требования для получения гражданства Эстонии в порядке натурализации"
                    " и шаги подачи ходатайства."
                ),
                "body": """Взрослые могут ходатайствовать о гражданстве Эстонии в порядке
натурализации. Основные требования — длительное законное проживание, знание эстонского языка,
знание Конституции и легальный доход. Как правило, Эстония не разрешает натурализованным
гражданам сохранять другое гражданство, поэтому заранее подумайте, что это значит для вас и
вашей семьи.

1. Проверьте требование к проживанию: вы должны законно прожить в Эстонии не менее восьми лет,
   из них последние пять — с видом на жительство долгосрочного резидента или постоянным правом
   на проживание, а ваше место жительства должно быть зарегистрировано.
2. Сдайте экзамен по эстонскому языку на уровень B1. Экзамены организует Департамент
   образования и молодёжи (HARNO).
3. Сдайте экзамен на знание Конституции и Закона о гражданстве, который тоже проводит HARNO.
   Готовиться можно по бесплатным материалам и на курсах.
4. Подайте ходатайство в Департамент полиции и погранохраны (PPA) с подтверждением легального
   дохода и экзаменационными свидетельствами и дайте письменную клятву верности
   конституционному строю Эстонии.
5. Дождитесь решения правительства. Если гражданство предоставлено, подайте заявление на
   эстонский паспорт и ID-карту.

## Исключения и дети

Некоторые люди освобождаются от экзаменов, например по состоянию здоровья, а для пожилых
заявителей условия мягче. Несовершеннолетние дети могут подать ходатайство вместе с родителями,
а дети, родившиеся в Эстонии у родителей с неопределённым гражданством, могут получить
гражданство проще. Фонд интеграции предлагает бесплатные языковые курсы для подготовки к
экзаменам.""",
            },
        },
    },
    {
        "slug": "looking-for-work",
        "topics": ["work-job-search", "work-right"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Looking for work in Estonia",
                "summary": (
                    "Where to find job offers, how to prepare your CV and what help the "
                    "Unemployment Insurance Fund offers."
                ),
                "body": """Before you start looking for work, check that your residence permit
or status allows you to work. Beneficiaries of international and temporary protection, EU
citizens and long-term residents can work freely. People with other permits may have
conditions, for example a specific employer.

1. Make a short CV in Estonian or English: your contacts, work experience, education, languages
   and skills. One or two pages is enough.
2. Look for job offers on tootukassa.ee and on private job portals. Many people also find work
   through friends, community groups and social media.
3. Visit the Unemployment Insurance Fund (Töötukassa). Its career counsellors help anyone,
   including people who are not registered as unemployed, to plan their career and improve
   their CV.
4. Prepare for interviews: read about the employer, practise your answers and bring copies of
   your diplomas.
5. Before you start, ask for a written employment contract and read it carefully.

## Language and skills

Many jobs require some Estonian. Free courses from the Integration Foundation and training from
Töötukassa can help. If you have a diploma or professional qualification from abroad, ask for
it to be recognised: see the page on diploma recognition.

Never pay an agency or an employer to get a job, and never give your passport to an employer.""",
            },
            "et": {
                "title": "Töö otsimine Eestis",
                "summary": (
                    "Kust leida tööpakkumisi, kuidas koostada CV-d ja millist abi pakub Töötukassa."
                ),
                "body": """Enne töö otsimist kontrolli, kas sinu elamisluba või staatus lubab
töötada. Rahvusvahelise ja ajutise kaitse saajad, ELi kodanikud ja pikaajalised elanikud võivad
töötada vabalt. Teiste elamislubade puhul võivad kehtida tingimused, näiteks kindel tööandja.

1. Koosta lühike CV eesti või inglise keeles: kontaktandmed, töökogemus, haridus, keeled ja
   oskused. Ühest-kahest leheküljest piisab.
2. Otsi tööpakkumisi tootukassa.ee lehelt ja erafirmade tööportaalidest. Paljud leiavad töö ka
   sõprade, kogukonnagruppide ja sotsiaalmeedia kaudu.
3. Külasta Eesti Töötukassat. Karjäärinõustajad aitavad kõiki, ka neid, kes ei ole töötuna
   registreeritud, karjääri planeerida ja CV-d paremaks teha.
4. Valmistu tööintervjuuks: loe tööandja kohta, harjuta vastuseid ja võta kaasa diplomite
   koopiad.
5. Enne tööle asumist küsi kirjalikku töölepingut ja loe see hoolikalt läbi.

## Keel ja oskused

Paljudel töökohtadel on vaja eesti keelt. Aidata saavad Integratsiooni Sihtasutuse tasuta
kursused ja Töötukassa koolitused. Kui sul on välismaal omandatud diplom või kutse, taotle
selle tunnustamist – vaata diplomi tunnustamise lehte.

Ära kunagi maksa vahendajale ega tööandjale töö saamise eest ja ära anna oma passi tööandja
kätte.""",
            },
            "ru": {
                "title": "Поиск работы в Эстонии",
                "summary": (
                    "Где найти вакансии, как подготовить резюме и какую помощь предлагает Касса по"
                    " безработице."
                ),
                "body": """Прежде чем искать работу, проверьте, разрешает ли ваш вид на
жительство или статус работать. Получатели международной и временной защиты, граждане ЕС и
долгосрочные резиденты могут работать свободно. Для других видов на жительство могут
действовать условия, например определённый работодатель.

1. Составьте короткое резюме (CV) на эстонском или английском: контакты, опыт работы,
   образование, языки и навыки. Достаточно одной-двух страниц.
2. Ищите вакансии на tootukassa.ee и на частных порталах. Многие находят работу через знакомых,
   сообщества и социальные сети.
3. Обратитесь в Кассу по безработице (Töötukassa). Её карьерные консультанты помогают всем, в
   том числе тем, кто не зарегистрирован безработным: планировать карьеру и улучшить резюме.
4. Готовьтесь к собеседованию: узнайте о работодателе, отрепетируйте ответы и возьмите копии
   дипломов.
5. Перед началом работы попросите письменный трудовой договор и внимательно его прочитайте.

## Язык и навыки

Для многих вакансий нужен эстонский язык. Помогут бесплатные курсы Фонда интеграции и обучение
от Töötukassa. Если у вас есть иностранный диплом или профессиональная квалификация, подайте
заявление на их признание — см. страницу о признании дипломов.

Никогда не платите посреднику или работодателю за трудоустройство и не отдавайте работодателю
свой паспорт.""",
            },
        },
    },
    {
        "slug": "register-as-unemployed",
        "topics": ["work-unemployment"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Registering as unemployed",
                "summary": (
                    "How to register with the Unemployment Insurance Fund (Töötukassa) and what "
                    "you get when you do."
                ),
                "body": """If you have lost your job or cannot find one, register as unemployed
with the Estonian Unemployment Insurance Fund (Töötukassa). Registration gives you a personal
consultant, free training and job-search services, and health insurance. You may also get a
benefit.

You can register if you are of working age, live in Estonia legally, are not working or
studying full-time, and are ready to start work.

1. Apply online at tootukassa.ee with an ID-card, Mobile-ID or Smart-ID, or visit a Töötukassa
   office with your identity document.
2. Add information about your education, work experience and language skills, and your bank
   account number.
3. Meet your consultant. Together you make an individual job-search plan.
4. Follow the plan: look for work, go to the meetings agreed with your consultant and report
   what you have done. If you miss meetings without a good reason, your registration may end.
5. Tell Töötukassa at once when you start work, go abroad or fall ill.

## Which benefit?

The unemployment insurance benefit is for people who have paid unemployment insurance
contributions for long enough before losing their job. The unemployment allowance is for people
who have worked or studied for a certain time in the previous year. Töötukassa decides which
one applies to you; the details are on tootukassa.ee.""",
            },
            "et": {
                "title": "Töötuna registreerimine",
                "summary": (
                    "Kuidas registreeruda Eesti Töötukassas töötuna ja mida registreerimine sulle "
                    "annab."
                ),
                "body": """Kui oled töö kaotanud või ei leia tööd, registreeru töötuna Eesti
Töötukassas. Registreerimisega saad isikliku konsultandi, tasuta koolitused ja
tööotsinguteenused ning ravikindlustuse. Sulle võidakse maksta ka hüvitist või toetust.

Registreeruda saad, kui oled tööealine, elad Eestis seaduslikult, ei tööta ega õpi
täiskoormusega ja oled valmis tööd alustama.

1. Esita taotlus tootukassa.ee iseteeninduses ID-kaardi, Mobiil-ID või Smart-ID-ga või mine
   Töötukassa esindusse koos isikut tõendava dokumendiga.
2. Lisa andmed oma hariduse, töökogemuse ja keeleoskuse kohta ning oma pangakonto number.
3. Kohtu oma konsultandiga. Koos koostate individuaalse tööotsimiskava.
4. Täida kava: otsi tööd, käi kokkulepitud kohtumistel ja anna teada, mida oled teinud. Kui
   jätad kohtumised mõjuva põhjuseta vahele, võidakse registreerimine lõpetada.
5. Teata Töötukassale kohe, kui asud tööle, sõidad välismaale või jääd haigeks.

## Milline hüvitis?

Töötuskindlustushüvitist saab inimene, kes on enne töö kaotamist piisavalt kaua
töötuskindlustusmakseid maksnud. Töötutoetust saab inimene, kes on eelneval aastal teatud aja
töötanud või õppinud. Töötukassa otsustab, kumb sulle kohaldub; täpsemad tingimused on
tootukassa.ee lehel.""",
            },
            "ru": {
                "title": "Регистрация в качестве безработного",
                "summary": (
                    "Как зарегистрироваться в Кассе по безработице (Töötukassa) и что даёт "
                    "регистрация."
                ),
                "body": """Если вы потеряли работу или не можете её найти, зарегистрируйтесь
безработным в Эстонской кассе по безработице (Töötukassa). Регистрация даёт личного
консультанта, бесплатное обучение, помощь в поиске работы и медицинскую страховку. Вам также
может быть назначено пособие.

Зарегистрироваться можно, если вы трудоспособного возраста, законно проживаете в Эстонии, не
работаете и не учитесь с полной нагрузкой и готовы приступить к работе.

1. Подайте заявление онлайн на tootukassa.ee с ID-картой, Mobiil-ID или Smart-ID или придите в
   отделение Töötukassa с документом, удостоверяющим личность.
2. Укажите сведения об образовании, опыте работы и знании языков, а также номер банковского
   счёта.
3. Встретьтесь с консультантом. Вместе вы составите индивидуальный план поиска работы.
4. Выполняйте план: ищите работу, приходите на согласованные встречи и сообщайте о своих
   действиях. Если пропускать встречи без уважительной причины, регистрацию могут прекратить.
5. Сразу сообщайте в Töötukassa, если начали работать, уезжаете за границу или заболели.

## Какое пособие?

Страховое возмещение по безработице получают те, кто до потери работы достаточно долго платил
взносы по страхованию от безработицы. Пособие по безработице получают те, кто в предыдущем году
определённое время работал или учился. Töötukassa решает, что подходит именно вам; подробные
условия есть на tootukassa.ee.""",
            },
            "fi": {
                "title": "Ilmoittautuminen työttömäksi Virossa",
                "summary": (
                    "Miten ilmoittaudut Viron työttömyysvakuutuskassaan (Töötukassa) ja mitä saat "
                    "ilmoittautumalla."
                ),
                "body": """Jos olet menettänyt työsi tai et löydä työtä, ilmoittaudu
työttömäksi Viron työttömyysvakuutuskassaan (Töötukassa). Ilmoittautuminen antaa sinulle oman
konsultin, maksutonta koulutusta, työnhakupalveluja ja sairausvakuutuksen. Voit saada myös
rahallista etuutta.

Voit ilmoittautua, jos olet työikäinen, asut Virossa laillisesti, et ole töissä etkä opiskele
päätoimisesti ja olet valmis aloittamaan työt.

1. Tee hakemus verkossa osoitteessa tootukassa.ee henkilökortilla, Mobiil-ID:llä tai
   Smart-ID:llä tai käy Töötukassan toimistossa henkilöllisyystodistuksen kanssa.
2. Lisää tiedot koulutuksestasi, työkokemuksestasi ja kielitaidostasi sekä pankkitilisi numero.
3. Tapaa konsulttisi. Laaditte yhdessä henkilökohtaisen työnhakusuunnitelman.
4. Noudata suunnitelmaa: hae töitä, käy sovituissa tapaamisissa ja kerro, mitä olet tehnyt. Jos
   jätät tapaamisia väliin ilman pätevää syytä, rekisteröintisi voi päättyä.
5. Ilmoita Töötukassalle heti, jos aloitat työn, matkustat ulkomaille tai sairastut.

## Mikä etuus?

Työttömyysvakuutuskorvausta saa henkilö, joka on maksanut työttömyysvakuutusmaksuja riittävän
kauan ennen työn menettämistä. Työttömyystukea saa henkilö, joka on edellisenä vuonna ollut
töissä tai opiskellut tietyn ajan. Töötukassa päättää, kumpi etuus sinulle kuuluu; tarkemmat
ehdot löytyvät osoitteesta tootukassa.ee.""",
            },
            "sv": {
                "title": "Anmäla sig som arbetslös i Estland",
                "summary": (
                    "Hur du anmäler dig hos arbetslöshetsförsäkringskassan (Töötukassa) och vad du"
                    " får genom att göra det."
                ),
                "body": """Om du har förlorat ditt arbete eller inte hittar något, anmäl dig
som arbetslös hos Estlands arbetslöshetsförsäkringskassa (Töötukassa). Anmälan ger dig en egen
konsulent, kostnadsfri utbildning, hjälp med att söka arbete och sjukförsäkring. Du kan också
få en ersättning.

Du kan anmäla dig om du är i arbetsför ålder, bor lagligt i Estland, inte arbetar eller
studerar på heltid och är redo att börja arbeta.

1. Ansök på nätet på tootukassa.ee med ID-kort, Mobiil-ID eller Smart-ID, eller besök ett av
   Töötukassas kontor med en identitetshandling.
2. Fyll i uppgifter om din utbildning, din arbetslivserfarenhet och dina språkkunskaper samt
   ditt kontonummer.
3. Träffa din konsulent. Tillsammans gör ni en individuell plan för arbetssökandet.
4. Följ planen: sök arbete, kom till de möten ni har kommit överens om och berätta vad du har
   gjort. Om du uteblir utan giltigt skäl kan din anmälan upphöra.
5. Meddela Töötukassa genast om du börjar arbeta, reser utomlands eller blir sjuk.

## Vilken ersättning?

Arbetslöshetsförsäkringsersättning får den som har betalat arbetslöshetsförsäkringsavgifter
tillräckligt länge innan arbetet upphörde. Arbetslöshetsbidrag får den som har arbetat eller
studerat en viss tid under det föregående året. Töötukassa avgör vilken som gäller för dig; de
närmare villkoren finns på tootukassa.ee.""",
            },
            "uk": {
                "title": "Реєстрація як безробітного",
                "summary": (
                    "Як зареєструватися в Касі страхування від безробіття (Töötukassa) та що дає "
                    "реєстрація."
                ),
                "body": """Якщо ви втратили роботу або не можете її знайти, зареєструйтеся як
безробітний в Естонській касі страхування від безробіття (Töötukassa). Реєстрація дає
особистого консультанта, безкоштовне навчання, допомогу в пошуку роботи та медичне страхування.
Вам також можуть призначити виплату.

Зареєструватися можна, якщо ви працездатного віку, законно проживаєте в Естонії, не працюєте й
не навчаєтеся з повним навантаженням і готові стати до роботи.

1. Подайте заяву онлайн на tootukassa.ee за допомогою ID-картки, Mobiil-ID чи Smart-ID або
   прийдіть до відділення Töötukassa з документом, що посвідчує особу.
2. Вкажіть відомості про освіту, досвід роботи та знання мов, а також номер банківського
   рахунку.
3. Зустріньтеся з консультантом. Разом ви складете індивідуальний план пошуку роботи.
4. Виконуйте план: шукайте роботу, приходьте на погоджені зустрічі та повідомляйте про свої
   дії. Якщо пропускати зустрічі без поважної причини, реєстрацію можуть припинити.
5. Одразу повідомляйте Töötukassa, якщо почали працювати, виїжджаєте за кордон або захворіли.

## Яка виплата?

Страхову виплату з безробіття отримують ті, хто до втрати роботи достатньо довго сплачував
внески на страхування від безробіття. Допомогу з безробіття отримують ті, хто в попередньому
році певний час працював або навчався. Töötukassa вирішує, що підходить саме вам; докладні
умови є на tootukassa.ee.""",
            },
            "ar": {
                "title": "التسجيل كعاطل عن العمل",
                "summary": (
                    "كيف تسجّل لدى صندوق التأمين ضد البطالة (Töötukassa) وما الذي يمنحك إياه "
                    "التسجيل."
                ),
                "body": """إذا فقدت عملك أو لم تتمكن من إيجاد عمل، فسجّل نفسك عاطلًا عن العمل
لدى صندوق التأمين ضد البطالة في إستونيا (Töötukassa). يمنحك التسجيل مستشارًا شخصيًا وتدريبًا
مجانيًا وخدمات للبحث عن عمل وتأمينًا صحيًا، وقد تحصل أيضًا على إعانة مالية.

يمكنك التسجيل إذا كنت في سن العمل، وتقيم في إستونيا إقامة قانونية، ولا تعمل ولا تدرس بدوام
كامل، وكنت مستعدًا لبدء العمل.

1. قدّم الطلب عبر الإنترنت على موقع tootukassa.ee باستخدام بطاقة الهوية أو Mobiil-ID أو
   Smart-ID، أو توجّه إلى أحد مكاتب Töötukassa ومعك وثيقة هويتك.
2. أضف معلومات عن تعليمك وخبرتك العملية ومهاراتك اللغوية، ورقم حسابك المصرفي.
3. قابل مستشارك، وضعا معًا خطة فردية للبحث عن عمل.
4. التزم بالخطة: ابحث عن عمل، واحضر المواعيد المتفق عليها، وأبلغ عمّا قمت به. إذا تغيبت عن
   المواعيد دون سبب وجيه فقد يُلغى تسجيلك.
5. أبلغ Töötukassa فورًا إذا بدأت العمل أو سافرت إلى الخارج أو مرضت.

## أي إعانة تناسبك؟

تُصرف إعانة التأمين ضد البطالة لمن دفع اشتراكات التأمين ضد البطالة مدة كافية قبل فقدان عمله.
أما بدل البطالة فيُصرف لمن عمل أو درس مدة معينة خلال السنة السابقة. يقرر Töötukassa أيهما ينطبق
عليك، وتجد الشروط التفصيلية على موقع tootukassa.ee.""",
            },
        },
    },
    {
        "slug": "employment-contract",
        "topics": ["work-labour-rights", "rights-exploitation"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Your employment contract and rights at work",
                "summary": (
                    "What an employment contract in Estonia must contain and where to get free "
                    "advice if something goes wrong."
                ),
                "body": """In Estonia, an employer must give you the terms of your work in
writing. Usually this is an employment contract. Read it before you sign, and ask for a
translation or an explanation if you do not understand something. Your employer must also
register your work in the state employment register, which you can check at eesti.ee.

1. Check the basics in the contract: your job, place of work, start date, working time, pay and
   when it is paid.
2. Look at the probation period. It can last up to four months, and during it both sides can
   end the contract more easily.
3. Check your holiday. Full-time employees get at least 28 calendar days of paid annual
   holiday.
4. Make sure your pay is at least the national minimum wage and is paid to your bank account
   with taxes deducted. Ask for a payslip.
5. Keep copies of your contract, payslips, working-time records and messages with your
   employer.

## If something goes wrong

If you are not paid, are asked to work without a contract, or your employer keeps your
passport, get advice. The Labour Inspectorate (ti.ee) gives free legal advice in Estonian,
Russian and English, and its labour dispute committee settles disputes about pay and dismissal
without going to court. Report serious exploitation to the police.""",
            },
            "et": {
                "title": "Tööleping ja sinu õigused tööl",
                "summary": (
                    "Mis peab Eesti töölepingus kirjas olema ja kust saada tasuta nõu, kui midagi "
                    "läheb valesti."
                ),
                "body": """Eestis peab tööandja andma sulle töötingimused kirjalikult.
Tavaliselt on selleks tööleping. Loe see enne allkirjastamist läbi ja palu tõlget või
selgitust, kui midagi jääb arusaamatuks. Tööandja peab sinu töötamise registreerima ka
töötamise registris, mida saad kontrollida eesti.ee kaudu.

1. Kontrolli lepingus põhilist: ametikoht, töökoht, tööle asumise kuupäev, tööaeg, palk ja
   selle maksmise aeg.
2. Vaata katseaega. See võib kesta kuni neli kuud ja selle ajal on mõlemal poolel lihtsam
   lepingut lõpetada.
3. Kontrolli puhkust. Täistööajaga töötajal on õigus vähemalt 28 kalendripäeva pikkusele
   tasustatud põhipuhkusele aastas.
4. Veendu, et palk ei ole väiksem kui riiklik alampalk, see makstakse pangakontole ja maksud
   peetakse kinni. Küsi palgalehte.
5. Hoia alles lepingu, palgalehtede, tööaja arvestuse ja tööandjaga peetud sõnumite koopiad.

## Kui midagi läheb valesti

Kui sulle ei maksta palka, sind pannakse tööle ilma lepinguta või tööandja hoiab sinu passi
enda käes, küsi nõu. Tööinspektsioon (ti.ee) annab tasuta õigusnõu eesti, vene ja inglise
keeles ning selle juures tegutsev töövaidluskomisjon lahendab palga ja vallandamise vaidlusi
ilma kohtuta. Raskest ärakasutamisest teata politseile.""",
            },
            "ru": {
                "title": "Трудовой договор и ваши права на работе",
                "summary": (
                    "Что должно быть в трудовом договоре в Эстонии и где получить бесплатную "
                    "консультацию, если что-то пошло не так."
                ),
                "body": """В Эстонии работодатель обязан предоставить вам условия работы в
письменной форме. Обычно это трудовой договор. Прочитайте его до подписания и попросите перевод
или объяснение, если что-то непонятно. Работодатель также должен зарегистрировать вашу работу в
регистре трудовой деятельности, который можно проверить на eesti.ee.

1. Проверьте в договоре главное: должность, место работы, дату начала, рабочее время, зарплату
   и срок её выплаты.
2. Обратите внимание на испытательный срок. Он может длиться до четырёх месяцев, и в это время
   обеим сторонам проще расторгнуть договор.
3. Проверьте отпуск. Работающим на полную ставку положено не менее 28 календарных дней
   оплачиваемого ежегодного отпуска.
4. Убедитесь, что зарплата не ниже государственной минимальной, перечисляется на банковский
   счёт и налоги с неё удерживаются. Просите расчётный листок.
5. Храните копии договора, расчётных листков, учёта рабочего времени и переписки с
   работодателем.

## Если что-то пошло не так

Если вам не платят, предлагают работать без договора или работодатель держит у себя ваш
паспорт, обратитесь за советом. Инспекция труда (ti.ee) бесплатно консультирует по правовым
вопросам на эстонском, русском и английском языках, а её комиссия по трудовым спорам без суда
решает споры о зарплате и увольнении. О серьёзной эксплуатации сообщайте в полицию.""",
            },
        },
    },
    {
        "slug": "diploma-recognition",
        "topics": ["education-diploma-recognition", "work-qualifications"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Getting your foreign diploma recognised",
                "summary": (
                    "How to have a foreign education or professional qualification assessed in "
                    "Estonia."
                ),
                "body": """If you studied abroad, an employer or school in Estonia may ask how
your diploma compares with Estonian education. The Estonian ENIC/NARIC Centre at the Education
and Youth Board (HARNO) assesses foreign qualifications and gives a written opinion.

1. Find out why you need recognition: for a job, for further studies or for a regulated
   profession. Ask the employer or school what they need.
2. Gather your documents: the diploma, the transcript of grades and your identity document.
   Copies of the originals are usually enough at first.
3. If the documents are not in Estonian, English or Russian, you may need an official
   translation.
4. Submit the application through harno.ee. The assessment is generally free for the applicant.
5. Wait for the decision and keep it safe. Give a copy to employers or schools.

## Regulated professions

Some professions, for example doctors, nurses, pharmacists and teachers, need permission from a
specific authority before you can work. Doctors and nurses, for example, apply to the Health
Board. The ENIC/NARIC Centre tells you which authority decides.

If you have no documents, for example because you fled a war, ask HARNO about other ways to
show your education. Refugees' qualifications can often be assessed through an interview or a
test. Töötukassa can also help if recognition is part of your job-search plan.""",
            },
            "et": {
                "title": "Välismaa diplomi tunnustamine",
                "summary": "Kuidas lasta Eestis hinnata välismaal omandatud haridust või kutset.",
                "body": """Kui oled õppinud välismaal, võib tööandja või kool Eestis küsida,
millisele Eesti haridustasemele sinu diplom vastab. Haridus- ja Noorteameti (HARNO) juures
tegutsev Eesti ENIC/NARIC keskus hindab välisriigi kvalifikatsioone ja annab kirjaliku
hinnangu.

1. Selgita välja, milleks tunnustamist vajad: tööks, edasiõppimiseks või reguleeritud kutseala
   jaoks. Küsi tööandjalt või koolilt, mida neil vaja on.
2. Kogu dokumendid: diplom, hinneteleht ja isikut tõendav dokument. Alguses piisab tavaliselt
   originaalide koopiatest.
3. Kui dokumendid ei ole eesti, inglise ega vene keeles, võib vaja minna ametlikku tõlget.
4. Esita taotlus harno.ee kaudu. Taotlejale on hindamine üldjuhul tasuta.
5. Oota otsust ja hoia see alles. Anna koopia tööandjale või koolile.

## Reguleeritud kutsealad

Mõne ameti puhul, näiteks arst, õde, proviisor või õpetaja, on enne tööle asumist vaja
konkreetse asutuse luba. Näiteks arstid ja õed pöörduvad Terviseametisse. ENIC/NARIC keskus
ütleb, milline asutus otsustab.

Kui sul dokumente ei ole, näiteks sõja eest põgenemise tõttu, küsi HARNO-lt muid võimalusi
hariduse tõendamiseks. Pagulaste kvalifikatsiooni saab sageli hinnata vestluse või testi
põhjal. Aidata saab ka Töötukassa, kui tunnustamine on osa sinu tööotsimiskavast.""",
            },
            "ru": {
                "title": "Признание иностранного диплома",
                "summary": (
                    "Как получить в Эстонии оценку иностранного образования или профессиональной "
                    "квалификации."
                ),
                "body": """Если вы учились за границей, работодатель или учебное заведение в
Эстонии может спросить, какому эстонскому уровню образования соответствует ваш диплом.
Эстонский центр ENIC/NARIC при Департаменте образования и молодёжи (HARNO) оценивает
иностранные квалификации и выдаёт письменное заключение.

1. Выясните, для чего вам нужно признание: для работы, продолжения учёбы или регулируемой
   профессии. Спросите работодателя или учебное заведение, что им нужно.
2. Соберите документы: диплом, приложение с оценками и документ, удостоверяющий личность. На
   первом этапе обычно достаточно копий оригиналов.
3. Если документы не на эстонском, английском или русском языке, может понадобиться официальный
   перевод.
4. Подайте заявление через harno.ee. Для заявителя оценка, как правило, бесплатна.
5. Дождитесь решения и сохраните его. Передайте копию работодателю или учебному заведению.

## Регулируемые профессии

Для некоторых профессий, например врача, медсестры, фармацевта или учителя, перед началом
работы нужно разрешение определённого учреждения. Например, врачи и медсёстры обращаются в
Департамент здоровья. Центр ENIC/NARIC подскажет, какое учреждение принимает решение.

Если документов нет, например потому что вы бежали от войны, спросите в HARNO о других способах
подтвердить образование. Квалификацию беженцев часто можно оценить по собеседованию или тесту.
Помочь может и Töötukassa, если признание входит в ваш план поиска работы.""",
            },
        },
    },
    {
        "slug": "starting-a-business",
        "topics": ["work-business", "tax"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Starting a business in Estonia",
                "summary": (
                    "The first steps to register a company or become a sole proprietor, and where "
                    "to get free advice."
                ),
                "body": """Estonia is known for fast online company registration, but a good
business also needs planning. First check that your residence permit allows you to run a
business. Beneficiaries of international or temporary protection, EU citizens and long-term
residents generally may. For some other permits you need a residence permit for business.

1. Choose the form: a sole proprietor (FIE) for small activities, or a private limited company
   (OÜ) if you want to keep business and personal money apart.
2. Write a simple business plan: what you sell, to whom, at what price, and what costs you will
   have.
3. Register the business in the e-Business Register portal at ettevotjaportaal.rik.ee. To sign,
   you need an Estonian ID-card, a residence permit card or an e-Residency card.
4. Open a business bank account and find out your tax duties from the Tax and Customs Board
   (emta.ee).
5. Keep accounts from the first day, or hire an accountant.

## Free help

The Settle in Estonia programme has a free module on work and entrepreneurship. If you are
registered as unemployed, Töötukassa can offer business training and, if your business plan is
approved, a start-up grant. County development centres also give free advice to new
entrepreneurs.""",
            },
            "et": {
                "title": "Ettevõtte asutamine Eestis",
                "summary": (
                    "Esimesed sammud ettevõtte registreerimiseks või FIE-ks hakkamiseks ja kust "
                    "saada tasuta nõu."
                ),
                "body": """Eesti on tuntud kiire e-äriregistreerimise poolest, kuid hea
ettevõte vajab ka planeerimist. Kõigepealt kontrolli, kas sinu elamisluba lubab ettevõtlusega
tegeleda. Rahvusvahelise või ajutise kaitse saajad, ELi kodanikud ja pikaajalised elanikud
üldjuhul võivad. Mõne muu elamisloa puhul on vaja ettevõtluseks antud elamisluba.

1. Vali ettevõtlusvorm: väiksema tegevuse jaoks füüsilisest isikust ettevõtja (FIE) või
   osaühing (OÜ), kui soovid äri- ja isiklikku raha lahus hoida.
2. Koosta lihtne äriplaan: mida müüd, kellele, mis hinnaga ja millised on sinu kulud.
3. Registreeri ettevõte e-äriregistri ettevõtjaportaalis ettevotjaportaal.rik.ee.
   Allkirjastamiseks on vaja Eesti ID-kaarti, elamisloakaarti või e-residendi kaarti.
4. Ava ettevõtte pangakonto ja uuri oma maksukohustusi Maksu- ja Tolliametist (emta.ee).
5. Pea raamatupidamist esimesest päevast alates või palka raamatupidaja.

## Tasuta abi

Kohanemisprogrammis „Settle in Estonia” on tasuta töö ja ettevõtluse moodul. Kui oled
Töötukassas töötuna registreeritud, võib Töötukassa pakkuda ettevõtluskoolitust ja
heakskiidetud äriplaani korral ettevõtluse alustamise toetust. Tasuta nõu annavad alustavatele
ettevõtjatele ka maakondlikud arenduskeskused.""",
            },
            "ru": {
                "title": "Открытие бизнеса в Эстонии",
                "summary": (
                    "Первые шаги к регистрации компании или статуса предпринимателя и где получить"
                    " бесплатную консультацию."
                ),
                "body": """Эстония известна быстрой онлайн-регистрацией компаний, но хорошему
бизнесу нужно и планирование. Сначала проверьте, разрешает ли ваш вид на жительство заниматься
предпринимательством. Получателям международной или временной защиты, гражданам ЕС и
долгосрочным резидентам, как правило, можно. Для некоторых других видов на жительство нужен вид
на жительство для предпринимательства.

1. Выберите форму: индивидуальный предприниматель (FIE) для небольшой деятельности или общество
   с ограниченной ответственностью (OÜ), если хотите разделить деньги бизнеса и личные.
2. Составьте простой бизнес-план: что вы продаёте, кому, по какой цене и какие у вас будут
   расходы.
3. Зарегистрируйте бизнес на портале электронного коммерческого регистра
   ettevotjaportaal.rik.ee. Для подписи нужна эстонская ID-карта, карта вида на жительство или
   карта e-резидента.
4. Откройте банковский счёт для бизнеса и узнайте свои налоговые обязанности в
   Налогово-таможенном департаменте (emta.ee).
5. Ведите бухгалтерию с первого дня или наймите бухгалтера.

## Бесплатная помощь

В программе адаптации Settle in Estonia есть бесплатный модуль о работе и предпринимательстве.
Если вы зарегистрированы безработным, Töötukassa может предложить обучение предпринимательству
и, если бизнес-план одобрен, пособие на начало предпринимательской деятельности. Бесплатные
консультации начинающим предпринимателям дают и уездные центры развития.""",
            },
        },
    },
    {
        "slug": "income-tax-estonia",
        "topics": ["tax"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Income tax in Estonia",
                "summary": (
                    "How income tax works for employees in Estonia and how to file your annual tax"
                    " return."
                ),
                "body": """Estonia has one flat income tax rate for most income. If you work
under an employment contract, your employer deducts income tax and other contributions from
your salary and pays them to the Tax and Customs Board (Maksu- ja Tolliamet, emta.ee). Part of
your income is tax-free thanks to the basic exemption.

You are an Estonian tax resident if you live here or stay in Estonia for at least 183 days
within 12 months. Tax residents pay income tax in Estonia on income from all countries.

1. When you start a new job, give your employer an application to apply the basic exemption. If
   you have several employers, do not claim more than the full exemption in total.
2. Check your payslip: gross pay, income tax, unemployment insurance contribution and, if you
   have joined a pension fund, the funded pension contribution.
3. Log in to e-MTA on emta.ee with an ID-card, Mobile-ID or Smart-ID.
4. File your annual income tax return in spring, between February and the end of April. Most of
   the form is pre-filled: check the data, add any deductions you are entitled to, and confirm.
5. If you paid too much, you get the money back to your bank account. If you owe more, pay by
   the deadline.

## Own business or income from abroad

If you are a sole proprietor, rent out a flat or earn money abroad, you may need to declare
more. The Tax and Customs Board advises in Estonian, Russian and English.""",
            },
            "et": {
                "title": "Tulumaks Eestis",
                "summary": (
                    "Kuidas tulumaks töötajate puhul Eestis toimib ja kuidas esitada iga-aastane "
                    "tuludeklaratsioon."
                ),
                "body": """Eestis on proportsionaalne tulumaks: enamiku tulude puhul kehtib
sama maksumäär. Kui töötad töölepinguga, peab tööandja palgast kinni tulumaksu ja muud maksed
ning tasub need Maksu- ja Tolliametile (emta.ee). Osa tulust jääb maksuvaba tulu tõttu maksust
vabaks.

Oled Eesti maksuresident, kui elad siin või viibid Eestis 12 kuu jooksul vähemalt 183 päeva.
Maksuresident maksab Eestis tulumaksu kõigist riikidest saadud tulult.

1. Uuele tööle asudes esita tööandjale avaldus maksuvaba tulu arvestamiseks. Kui sul on mitu
   tööandjat, ära taotle kokku rohkem kui kogu maksuvaba tulu.
2. Kontrolli palgalehte: brutopalk, tulumaks, töötuskindlustusmakse ja kogumispensioni makse,
   kui oled pensionifondiga liitunud.
3. Logi sisse e-MTA-sse emta.ee lehel ID-kaardi, Mobiil-ID või Smart-ID-ga.
4. Esita iga-aastane tuludeklaratsioon kevadel, veebruarist aprilli lõpuni. Suurem osa
   deklaratsioonist on eeltäidetud: kontrolli andmeid, lisa mahaarvamised, millele sul on
   õigus, ja kinnita.
5. Kui oled maksnud liiga palju, saad raha tagasi pangakontole. Kui pead juurde maksma, tee
   seda tähtajaks.

## Oma ettevõte või tulu välismaalt

Kui oled FIE, annad korterit üürile või teenid raha välismaal, võib sul olla vaja deklareerida
rohkem. Maksu- ja Tolliamet nõustab eesti, vene ja inglise keeles.""",
            },
            "ru": {
                "title": "Подоходный налог в Эстонии",
                "summary": (
                    "Как работает подоходный налог для работников в Эстонии и как подать ежегодную"
                    " декларацию."
                ),
                "body": """В Эстонии пропорциональный подоходный налог: для большинства доходов
действует одна и та же ставка. Если вы работаете по трудовому договору, работодатель удерживает
подоходный налог и другие платежи из зарплаты и перечисляет их в Налогово-таможенный
департамент (Maksu- ja Tolliamet, emta.ee). Часть дохода не облагается налогом благодаря
необлагаемому минимуму.

Вы налоговый резидент Эстонии, если живёте здесь или находитесь в Эстонии не менее 183 дней в
течение 12 месяцев. Налоговый резидент платит в Эстонии подоходный налог с доходов из всех
стран.

1. Начиная новую работу, подайте работодателю заявление об учёте необлагаемого минимума. Если у
   вас несколько работодателей, в сумме не заявляйте больше полного необлагаемого минимума.
2. Проверьте расчётный листок: зарплату брутто, подоходный налог, взнос по страхованию от
   безработицы и взнос в накопительную пенсию, если вы присоединились к пенсионному фонду.
3. Войдите в e-MTA на emta.ee с ID-картой, Mobiil-ID или Smart-ID.
4. Подайте ежегодную декларацию о доходах весной, с февраля до конца апреля. Большая часть
   формы заполнена заранее: проверьте данные, добавьте вычеты, на которые имеете право, и
   подтвердите.
5. Если вы переплатили, деньги вернут на банковский счёт. Если нужно доплатить, сделайте это до
   установленного срока.

## Свой бизнес или доход из-за границы

Если вы индивидуальный предприниматель, сдаёте квартиру или зарабатываете за границей,
декларировать, возможно, придётся больше. Налогово-таможенный департамент консультирует на
эстонском, русском и английском языках.""",
            },
        },
    },
    {
        "slug": "health-insurance-estonia",
        "topics": ["health-insurance"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Health insurance in Estonia",
                "summary": (
                    "Who is covered by state health insurance, how to check your status and what "
                    "to do if you are not insured."
                ),
                "body": """State health insurance in Estonia is run by the Estonian Health
Insurance Fund (Tervisekassa). Insured people get family doctor and specialist care, hospital
treatment and discounts on prescription medicines. Insurance is not automatic for everyone, so
it is worth checking.

You are usually insured if you work under an employment contract (cover starts after the first
14 days), are registered as unemployed with Töötukassa, are a child under 19, are pregnant or
receive an Estonian pension. Some other groups are covered too. An adult without insurance can
make a voluntary insurance contract with Tervisekassa and pay monthly contributions.

1. Check your status: log in to eesti.ee with an ID-card, Mobile-ID or Smart-ID, or ask your
   family doctor's practice.
2. If you are not insured, find out why. Perhaps your employer has not registered your work, or
   your registration with Töötukassa has ended.
3. Fix the cause: ask your employer to register your work, register with Töötukassa, or ask
   Tervisekassa about voluntary insurance.
4. Once you are insured, choose a family doctor (see the page on family doctors).

## Without insurance

In an emergency you will always get necessary care, but you may receive a bill later. Without
insurance you pay for planned visits yourself and pay the full price for medicines. A
counsellor can help you check your status and find the right solution.""",
            },
            "et": {
                "title": "Ravikindlustus Eestis",
                "summary": (
                    "Kes on riikliku ravikindlustusega kaetud, kuidas oma kindlustust kontrollida "
                    "ja mida teha, kui kindlustust pole."
                ),
                "body": """Eesti riiklikku ravikindlustust korraldab Tervisekassa. Kindlustatud
inimene saab perearsti- ja eriarstiabi, haiglaravi ning soodustust retseptiravimitele.
Kindlustus ei teki kõigil automaatselt, seega tasub seda kontrollida.

Üldjuhul oled kindlustatud, kui töötad töölepingu alusel (kindlustus algab pärast esimest 14
päeva), oled Töötukassas töötuna registreeritud, oled alla 19-aastane laps, rase või saad Eesti
pensioni. Kaetud on ka mõned teised rühmad. Täiskasvanu, kellel kindlustust ei ole, saab
sõlmida Tervisekassaga vabatahtliku kindlustuse lepingu ja maksta igakuiseid makseid.

1. Kontrolli oma kindlustust: logi sisse eesti.ee portaali ID-kaardi, Mobiil-ID või Smart-ID-ga
   või küsi oma perearstikeskusest.
2. Kui sa ei ole kindlustatud, uuri põhjust. Võib-olla ei ole tööandja sinu töötamist
   registreerinud või on sinu registreering Töötukassas lõppenud.
3. Kõrvalda põhjus: palu tööandjal töötamine registreerida, registreeru Töötukassas või küsi
   Tervisekassast vabatahtliku kindlustuse kohta.
4. Kui oled kindlustatud, vali endale perearst (vaata perearsti lehte).

## Ilma kindlustuseta

Vältimatut abi saad alati, kuid selle eest võidakse hiljem esitada arve. Ilma kindlustuseta
maksad plaaniliste visiitide eest ise ja ravimite eest täishinda. Nõustaja aitab sul oma
kindlustust kontrollida ja sobiva lahenduse leida.""",
            },
            "ru": {
                "title": "Медицинское страхование в Эстонии",
                "summary": (
                    "Кто застрахован государственным медицинским страхованием, как проверить свою "
                    "страховку и что делать, если её нет."
                ),
                "body": """Государственное медицинское страхование в Эстонии организует Касса
здоровья (Tervisekassa). Застрахованный человек получает помощь семейного врача и
врачей-специалистов, лечение в больнице и скидки на рецептурные лекарства. Страховка возникает
не у всех автоматически, поэтому её стоит проверить.

Как правило, вы застрахованы, если работаете по трудовому договору (страховка начинается после
первых 14 дней), зарегистрированы безработным в Töötukassa, являетесь ребёнком до 19 лет,
беременны или получаете эстонскую пенсию. Застрахованы и некоторые другие группы. Взрослый без
страховки может заключить с Tervisekassa договор о добровольном страховании и платить
ежемесячные взносы.

1. Проверьте страховку: войдите на eesti.ee с ID-картой, Mobiil-ID или Smart-ID или спросите в
   центре семейных врачей.
2. Если вы не застрахованы, выясните причину. Возможно, работодатель не зарегистрировал вашу
   работу или закончилась ваша регистрация в Töötukassa.
3. Устраните причину: попросите работодателя зарегистрировать работу, зарегистрируйтесь в
   Töötukassa или спросите в Tervisekassa о добровольном страховании.
4. Когда вы застрахованы, выберите семейного врача (см. страницу о семейном враче).

## Без страховки

Неотложную помощь вы получите всегда, но позже вам могут выставить счёт. Без страховки вы сами
платите за плановые визиты и полную цену за лекарства. Консультант поможет проверить страховку
и найти подходящее решение.""",
            },
        },
    },
    {
        "slug": "choosing-a-family-doctor",
        "topics": ["health-family-doctor"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Choosing a family doctor",
                "summary": (
                    "How to register with a family doctor in Estonia and what to do when you need "
                    "medical advice."
                ),
                "body": """In Estonia, the family doctor (perearst) is your first contact for
health problems that are not emergencies. Family doctors and family nurses treat common
illnesses, write prescriptions, give vaccinations and refer you to specialists when needed.
Children also have a family doctor.

Every insured person can choose a family doctor. It is best to choose a practice near your
home.

1. Make sure you have health insurance (see the page on health insurance) and that your place
   of residence is registered.
2. Find family doctors near your home on the website of the Estonian Health Insurance Fund
   (tervisekassa.ee), or ask your local government.
3. Contact the practice and ask whether they accept new patients. A doctor's list can be full.
4. Fill in the practice's application form to join the list. You can add your children on the
   same form.
5. Save the practice's contacts and find out how to book an appointment and renew prescriptions
   online.

## When the practice is closed

Call the family doctor advice line 1220 at any time of day. Nurses and doctors answer in
Estonian and Russian and tell you whether you can wait, should see a doctor or must go to the
emergency department. In a life-threatening situation, call 112.

Bring your identity document to every visit. If you need an interpreter, tell the practice when
you book.""",
            },
            "et": {
                "title": "Perearsti valimine",
                "summary": (
                    "Kuidas Eestis perearsti nimistusse registreeruda ja mida teha, kui vajad "
                    "meditsiinilist nõu."
                ),
                "body": """Eestis on perearst esimene, kelle poole pöörduda
terviseprobleemidega, mis ei ole eluohtlikud. Perearstid ja pereõed ravivad tavalisi haigusi,
kirjutavad retsepte, teevad vaktsineerimisi ja suunavad vajaduse korral eriarsti juurde. Ka
lastel on perearst.

Iga kindlustatud inimene saab endale perearsti valida. Kõige parem on valida kodu lähedal asuv
perearstikeskus.

1. Veendu, et sul on ravikindlustus (vaata ravikindlustuse lehte) ja et sinu elukoht on
   registreeritud.
2. Leia kodu lähedal tegutsevad perearstid Tervisekassa veebilehelt (tervisekassa.ee) või küsi
   kohalikust omavalitsusest.
3. Võta ühendust perearstikeskusega ja küsi, kas nad võtavad uusi patsiente. Arsti nimistu võib
   olla täis.
4. Täida perearstikeskuse avaldus nimistusse registreerimiseks. Samale avaldusele saad lisada
   ka oma lapsed.
5. Salvesta perearstikeskuse kontaktid ja uuri, kuidas broneerida aega ja pikendada retsepte
   internetis.

## Kui perearstikeskus on suletud

Helista perearsti nõuandeliinile 1220 igal ajal ööpäevas. Õed ja arstid vastavad eesti ja vene
keeles ning ütlevad, kas võid oodata, peaksid minema arsti juurde või pead pöörduma
erakorralise meditsiini osakonda. Eluohtlikus olukorras helista 112.

Võta igale visiidile kaasa isikut tõendav dokument. Kui vajad tõlki, ütle seda aega
broneerides.""",
            },
            "ru": {
                "title": "Выбор семейного врача",
                "summary": (
                    "Как записаться к семейному врачу в Эстонии и что делать, если нужен "
                    "медицинский совет."
                ),
                "body": """В Эстонии семейный врач (perearst) — это первый, к кому нужно
обращаться с проблемами со здоровьем, которые не угрожают жизни. Семейные врачи и медсёстры
лечат обычные болезни, выписывают рецепты, делают прививки и при необходимости направляют к
специалистам. У детей тоже есть семейный врач.

Каждый застрахованный человек может выбрать семейного врача. Лучше всего выбрать центр семейных
врачей рядом с домом.

1. Убедитесь, что у вас есть медицинская страховка (см. страницу о медицинском страховании) и
   что ваше место жительства зарегистрировано.
2. Найдите семейных врачей рядом с домом на сайте Кассы здоровья (tervisekassa.ee) или спросите
   в местном самоуправлении.
3. Свяжитесь с центром и спросите, принимают ли они новых пациентов. Список врача может быть
   заполнен.
4. Заполните заявление центра о включении в список. В то же заявление можно добавить детей.
5. Сохраните контакты центра и узнайте, как записываться на приём и продлевать рецепты онлайн.

## Когда центр закрыт

Звоните на консультационную линию семейных врачей 1220 в любое время суток. Медсёстры и врачи
отвечают на эстонском и русском языках и подскажут, можно ли подождать, нужно ли идти к врачу
или необходимо ехать в отделение экстренной медицины. В ситуации, угрожающей жизни, звоните
112.

Берите с собой на каждый приём документ, удостоверяющий личность. Если вам нужен переводчик,
скажите об этом при записи.""",
            },
        },
    },
    {
        "slug": "emergency-112-and-urgent-care",
        "topics": ["health-emergency"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Emergencies: call 112",
                "summary": (
                    "When to call 112, what to say, and where to get urgent help that is not "
                    "life-threatening."
                ),
                "body": """112 is the free emergency number in Estonia and in all EU countries,
including Finland. Call it when someone's life, health, property or safety is in danger: for an
ambulance, the rescue service or the police. You can call 112 from any phone, even without
credit. In Estonia the emergency centre answers in Estonian, Russian and English.

1. Stay calm. Say what has happened and whether anyone is injured.
2. Give the exact address: town, street, house number, flat number and the door code if there
   is one.
3. Answer the questions and follow the instructions. Do not end the call until you are told to.
4. If you can, send someone to meet the ambulance or to open the door.

## Urgent but not life-threatening

For a sudden illness that is not dangerous, call the family doctor advice line 1220 or contact
your family doctor. Hospital emergency departments treat urgent cases, but the most serious
patients are seen first, so you may have to wait.

In a crisis, for example after violence, call the victim support crisis line 116 006 at any
time. The children's helpline 116 111 is for children and for adults who are worried about a
child.

Save these numbers in your phone now, and teach your children how to call 112.""",
            },
            "et": {
                "title": "Hädaolukord: helista 112",
                "summary": (
                    "Millal helistada numbrile 112, mida öelda ja kust saada kiiret abi, kui "
                    "olukord ei ole eluohtlik."
                ),
                "body": """112 on tasuta hädaabinumber Eestis ja kõigis ELi riikides, ka
Soomes. Helista sinna, kui kellegi elu, tervis, vara või turvalisus on ohus: kui vajad kiirabi,
päästeteenistust või politseid. Numbrile 112 saad helistada igast telefonist, ka siis, kui
kõneaega pole. Eestis vastab Häirekeskus eesti, vene ja inglise keeles.

1. Jää rahulikuks. Ütle, mis juhtus ja kas keegi on vigastada saanud.
2. Ütle täpne aadress: linn, tänav, maja- ja korterinumber ning trepikoja uksekood, kui see on
   olemas.
3. Vasta küsimustele ja täida juhiseid. Ära lõpeta kõnet enne, kui sulle seda öeldakse.
4. Kui võimalik, saada keegi kiirabile vastu või ust avama.

## Kiire, kuid mitte eluohtlik

Äkilise haigestumise korral, mis ei ole ohtlik, helista perearsti nõuandeliinile 1220 või võta
ühendust oma perearstiga. Haiglate erakorralise meditsiini osakonnad ravivad kiireloomulisi
juhtumeid, kuid kõige raskemas seisus patsiendid võetakse vastu esimesena, seega võid pidada
ootama.

Kriisis, näiteks pärast vägivalda, helista ohvriabi kriisitelefonile 116 006, mis töötab ööpäev
läbi. Lasteabi telefon 116 111 on mõeldud lastele ja täiskasvanutele, kes muretsevad mõne lapse
pärast.

Salvesta need numbrid kohe oma telefoni ja õpeta lastele, kuidas helistada numbrile 112.""",
            },
            "ru": {
                "title": "Экстренная помощь: звоните 112",
                "summary": (
                    "Когда звонить по номеру 112, что сказать и где получить срочную помощь, если "
                    "жизни ничто не угрожает."
                ),
                "body": """112 — бесплатный номер экстренной помощи в Эстонии и во всех странах
ЕС, в том числе в Финляндии. Звоните, если под угрозой жизнь, здоровье, имущество или
безопасность человека: чтобы вызвать скорую помощь, спасателей или полицию. Позвонить на 112
можно с любого телефона, даже если на счету нет денег. В Эстонии Центр тревоги отвечает на
эстонском, русском и английском языках.

1. Сохраняйте спокойствие. Скажите, что случилось и есть ли пострадавшие.
2. Назовите точный адрес: город, улицу, номер дома и квартиры и код двери подъезда, если он
   есть.
3. Отвечайте на вопросы и выполняйте указания. Не заканчивайте разговор, пока вам не скажут.
4. Если можете, отправьте кого-нибудь встретить скорую помощь или открыть дверь.

## Срочно, но не опасно для жизни

При внезапной болезни, которая не опасна, звоните на консультационную линию семейных врачей
1220 или обратитесь к своему семейному врачу. Отделения экстренной медицины больниц принимают
срочные случаи, но самых тяжёлых пациентов принимают первыми, поэтому, возможно, придётся
подождать.

В кризисной ситуации, например после насилия, звоните на круглосуточный кризисный телефон
помощи жертвам 116 006. Детский телефон доверия 116 111 предназначен для детей и для взрослых,
которые беспокоятся о ребёнке.

Сохраните эти номера в телефоне прямо сейчас и научите детей звонить на 112.""",
            },
            "fi": {
                "title": "Hätätilanne: soita 112",
                "summary": (
                    "Milloin soitat hätänumeroon 112, mitä sanot ja mistä saat kiireellistä apua, "
                    "kun tilanne ei ole hengenvaarallinen."
                ),
                "body": """112 on maksuton hätänumero Virossa ja kaikissa EU-maissa, myös
Suomessa. Soita siihen, kun jonkun henki, terveys, omaisuus tai turvallisuus on vaarassa:
tarvitset ambulanssin, pelastuslaitoksen tai poliisin. Numeroon 112 voi soittaa mistä tahansa
puhelimesta, vaikka puheaikaa ei olisi. Virossa hätäkeskus vastaa viroksi, venäjäksi ja
englanniksi.

1. Pysy rauhallisena. Kerro, mitä on tapahtunut ja onko joku loukkaantunut.
2. Kerro tarkka osoite: kaupunki, katu, talon ja asunnon numero sekä rappukäytävän ovikoodi,
   jos sellainen on.
3. Vastaa kysymyksiin ja noudata ohjeita. Älä katkaise puhelua ennen kuin saat luvan.
4. Jos voit, lähetä joku vastaan ambulanssia tai avaamaan ovi.

## Kiireellinen, mutta ei hengenvaarallinen

Jos sairastut äkillisesti mutta tilanne ei ole vaarallinen, soita Viron omalääkärien
neuvontapuhelimeen 1220 tai ota yhteyttä omalääkäriisi. Sairaaloiden päivystykset hoitavat
kiireellisiä tapauksia, mutta vakavimmin sairaat hoidetaan ensin, joten joudut ehkä odottamaan.
Suomessa päivystysapua neuvotaan numerossa 116 117.

Kriisissä, esimerkiksi väkivallan jälkeen, soita Viron rikosuhrien tuen kriisipuhelimeen 116
006 mihin aikaan tahansa. Lasten neuvontapuhelin 116 111 on lapsille ja aikuisille, jotka ovat
huolissaan lapsesta.

Tallenna nämä numerot puhelimeesi heti ja opeta lapsillesi, miten numeroon 112 soitetaan.""",
            },
            "sv": {
                "title": "Nödläge: ring 112",
                "summary": (
                    "När du ska ringa 112, vad du ska säga och var du får snabb hjälp när det inte"
                    " är livshotande."
                ),
                "body": """112 är det avgiftsfria nödnumret i Estland och i alla EU-länder,
även i Finland. Ring när någons liv, hälsa, egendom eller säkerhet är i fara: när du behöver
ambulans, räddningstjänst eller polis. Du kan ringa 112 från vilken telefon som helst, även
utan saldo. I Estland svarar nödcentralen på estniska, ryska och engelska.

1. Håll dig lugn. Berätta vad som har hänt och om någon är skadad.
2. Uppge den exakta adressen: ort, gata, husnummer, lägenhetsnummer och portkoden om det finns
   en.
3. Svara på frågorna och följ instruktionerna. Avsluta inte samtalet förrän du blir ombedd.
4. Om du kan, skicka någon att möta ambulansen eller öppna dörren.

## Brådskande men inte livshotande

Vid plötslig sjukdom som inte är farlig, ring den estniska husläkarnas rådgivningslinje 1220
eller kontakta din husläkare. Sjukhusens akutmottagningar tar emot brådskande fall, men de
svårast sjuka tas om hand först, så du kan behöva vänta. I Finland får du råd om jourvård på
numret 116 117.

I en kris, till exempel efter våld, kan du när som helst ringa brottsofferstödets krisnummer
116 006 i Estland. Barnens hjälptelefon 116 111 är till för barn och för vuxna som är oroliga
för ett barn.

Spara numren i din telefon nu och lär dina barn hur man ringer 112.""",
            },
            "uk": {
                "title": "Екстрена допомога: телефонуйте 112",
                "summary": (
                    "Коли телефонувати на 112, що сказати та де отримати термінову допомогу, якщо "
                    "життю нічого не загрожує."
                ),
                "body": """112 — безкоштовний номер екстреної допомоги в Естонії та в усіх
країнах ЄС, зокрема у Фінляндії. Телефонуйте, якщо під загрозою життя, здоров'я, майно або
безпека людини: щоб викликати швидку допомогу, рятувальників чи поліцію. На 112 можна
зателефонувати з будь-якого телефону, навіть якщо на рахунку немає коштів. В Естонії Центр
тривоги відповідає естонською, російською та англійською мовами.

1. Зберігайте спокій. Скажіть, що сталося і чи є постраждалі.
2. Назвіть точну адресу: місто, вулицю, номер будинку та квартири і код дверей під'їзду, якщо
   він є.
3. Відповідайте на запитання та виконуйте вказівки. Не завершуйте розмову, доки вам не скажуть.
4. Якщо можете, попросіть когось зустріти швидку допомогу або відчинити двері.

## Терміново, але не небезпечно для життя

У разі раптової хвороби, яка не є небезпечною, телефонуйте на консультаційну лінію сімейних
лікарів 1220 або зверніться до свого сімейного лікаря. Відділення екстреної медицини лікарень
приймають термінові випадки, але найважчих пацієнтів приймають першими, тож, можливо,
доведеться зачекати.

У кризовій ситуації, наприклад після насильства, телефонуйте на цілодобовий кризовий телефон
допомоги постраждалим 116 006. Дитяча лінія допомоги 116 111 призначена для дітей і для
дорослих, які хвилюються за дитину.

Збережіть ці номери в телефоні вже зараз і навчіть дітей телефонувати на 112.""",
            },
            "ar": {
                "title": "حالات الطوارئ: اتصل بالرقم 112",
                "summary": (
                    "متى تتصل بالرقم 112، وماذا تقول، وأين تحصل على مساعدة عاجلة عندما لا يكون "
                    "الخطر على الحياة."
                ),
                "body": """الرقم 112 هو رقم الطوارئ المجاني في إستونيا وفي جميع دول الاتحاد
الأوروبي، ومنها فنلندا. اتصل به عندما تكون حياة شخص أو صحته أو ممتلكاته أو سلامته في خطر، لطلب
الإسعاف أو فرق الإنقاذ أو الشرطة. يمكنك الاتصال بالرقم 112 من أي هاتف حتى لو لم يكن لديك رصيد.
في إستونيا يرد مركز الطوارئ باللغات الإستونية والروسية والإنجليزية.

1. حافظ على هدوئك، وقل ما الذي حدث وهل هناك مصابون.
2. أعطِ العنوان بدقة: المدينة والشارع ورقم المبنى ورقم الشقة ورمز باب المدخل إن وُجد.
3. أجب عن الأسئلة واتبع التعليمات، ولا تُنهِ المكالمة حتى يُطلب منك ذلك.
4. إن استطعت، فأرسل شخصًا لاستقبال سيارة الإسعاف أو لفتح الباب.

## حالة عاجلة ولكنها لا تهدد الحياة

عند الإصابة بمرض مفاجئ غير خطير، اتصل بخط الاستشارات لأطباء الأسرة 1220 أو تواصل مع طبيب أسرتك.
تستقبل أقسام الطوارئ في المستشفيات الحالات العاجلة، لكن الحالات الأشد خطورة تُعالَج أولًا، لذلك
قد تضطر إلى الانتظار.

في الأزمات، مثل التعرض للعنف، اتصل في أي وقت بخط الأزمات لدعم الضحايا 116 006. أما خط مساعدة
الأطفال 116 111 فهو للأطفال وللبالغين القلقين على طفل ما.

احفظ هذه الأرقام في هاتفك الآن، وعلّم أطفالك كيف يتصلون بالرقم 112.""",
            },
        },
    },
    {
        "slug": "mental-health-support",
        "topics": ["health-mental"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Mental health support",
                "summary": (
                    "Where to find help with stress, sleep problems, grief or trauma in Estonia."
                ),
                "body": """Moving to a new country, losing your home or living through war can
affect sleep, mood and memory. Feeling anxious, sad or exhausted is a common reaction, not a
weakness. Help is available, and talking about it early makes recovery easier.

1. Talk to your family doctor or family nurse. Many practices have a mental health nurse, and
   the doctor can refer you to a psychologist or psychiatrist. Visits are covered by health
   insurance.
2. Find reliable information and self-help exercises on peaasi.ee.
3. Join a support group. The Estonian Refugee Council and other organisations run peer and
   mental-health groups for newcomers, often in Ukrainian, Russian or Arabic.
4. If you are a victim of violence or crime, contact victim support of the Social Insurance
   Board through palunabi.ee or the crisis line 116 006. Victim support can also pay for
   psychological help.
5. Tell your counsellor or support person what you need. They can book an interpreter so that
   you can speak in your own language.

## In a crisis

If you or someone near you is in danger or is thinking about suicide, call 112 or go to the
nearest emergency department. Do not stay alone: ask a friend or neighbour to be with you.

Children react to stress too. If your child sleeps badly, is very quiet or angry, talk to the
family doctor or the school psychologist.""",
            },
            "et": {
                "title": "Vaimse tervise tugi",
                "summary": "Kust saada Eestis abi stressi, unehäirete, leina või trauma korral.",
                "body": """Uude riiki kolimine, kodu kaotamine või sõja üleelamine võib
mõjutada und, meeleolu ja mälu. Ärevus, kurbus või kurnatus on tavaline reaktsioon, mitte
nõrkus. Abi on olemas ja mida varem sellest rääkida, seda lihtsam on taastuda.

1. Räägi oma perearsti või pereõega. Paljudes perearstikeskustes töötab vaimse tervise õde ning
   arst saab sind suunata psühholoogi või psühhiaatri juurde. Visiidid on ravikindlustusega
   kaetud.
2. Leia usaldusväärset teavet ja eneseabiharjutusi peaasi.ee lehelt.
3. Liitu tugigrupiga. Eesti Pagulasabi ja teised organisatsioonid korraldavad
   uussisserändajatele kogemus- ja vaimse tervise gruppe, sageli ukraina, vene või araabia
   keeles.
4. Kui oled langenud vägivalla või kuriteo ohvriks, pöördu Sotsiaalkindlustusameti ohvriabi
   poole palunabi.ee kaudu või helista kriisitelefonile 116 006. Ohvriabi saab hüvitada ka
   psühholoogilise abi.
5. Räägi oma nõustajale või tugiisikule, mida vajad. Nad saavad tellida tõlgi, et saaksid
   rääkida oma emakeeles.

## Kriisis

Kui sina või keegi sinu lähedal on ohus või mõtleb enesetapule, helista 112 või mine lähimasse
erakorralise meditsiini osakonda. Ära jää üksi: palu sõbral või naabril enda juurde jääda.

Ka lapsed reageerivad stressile. Kui su laps magab halvasti, on väga vaikne või vihane, räägi
perearsti või koolipsühholoogiga.""",
            },
            "ru": {
                "title": "Поддержка психического здоровья",
                "summary": (
                    "Где в Эстонии получить помощь при стрессе, проблемах со сном, горе или травме."
                ),
                "body": """Переезд в новую страну, потеря дома или пережитая война могут влиять
на сон, настроение и память. Тревога, печаль или истощение — обычная реакция, а не слабость.
Помощь существует, и чем раньше об этом заговорить, тем легче восстановиться.

1. Поговорите с семейным врачом или семейной медсестрой. Во многих центрах работает медсестра
   по психическому здоровью, а врач может направить вас к психологу или психиатру. Визиты
   покрываются медицинской страховкой.
2. Найдите надёжную информацию и упражнения для самопомощи на peaasi.ee.
3. Присоединитесь к группе поддержки. Эстонский совет по делам беженцев и другие организации
   проводят группы взаимной поддержки и группы по психическому здоровью для приезжих, часто на
   украинском, русском или арабском языке.
4. Если вы стали жертвой насилия или преступления, обратитесь в службу помощи жертвам
   Департамента социального страхования через palunabi.ee или по кризисному телефону 116 006.
   Служба помощи жертвам может оплатить и психологическую помощь.
5. Расскажите консультанту или опорному лицу, что вам нужно. Они могут заказать переводчика,
   чтобы вы могли говорить на родном языке.

## В кризисной ситуации

Если вы или кто-то рядом с вами в опасности или думает о самоубийстве, звоните 112 или идите в
ближайшее отделение экстренной медицины. Не оставайтесь одни: попросите друга или соседа побыть
с вами.

Дети тоже реагируют на стресс. Если ребёнок плохо спит, стал очень тихим или злым, поговорите с
семейным врачом или школьным психологом.""",
            },
        },
    },
    {
        "slug": "family-benefits-estonia",
        "topics": ["social-family-benefits"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Family benefits in Estonia",
                "summary": (
                    "Which family benefits the Social Insurance Board pays and how newcomers can "
                    "apply for them."
                ),
                "body": """The Social Insurance Board (Sotsiaalkindlustusamet) pays family
benefits to families raising children in Estonia. The main ones are the child allowance for
each child, parental benefit after a child is born, and extra support for large families and
single parents. Amounts and conditions change from time to time, so check
sotsiaalkindlustusamet.ee.

Newcomers can usually get family benefits if the parent and child live in Estonia with a
residence permit, temporary protection or right of residence, and their place of residence is
registered in Estonia.

1. Register the place of residence of the whole family, including the children.
2. Apply in the Social Insurance Board self-service portal with an ID-card, Mobile-ID or
   Smart-ID, or at a service office. Benefits for children born in Estonia often start
   automatically.
3. Add your bank account number and information about any family benefits you receive from
   another country.
4. Tell the Social Insurance Board if your family moves abroad, a child leaves the household or
   your address changes.

## Benefits from two countries

If a parent works or receives family benefits in another country, the countries agree which one
pays. Declare all benefits honestly: money paid by mistake must be returned. Local governments
may also pay their own benefits, for example when a child starts school.""",
            },
            "et": {
                "title": "Peretoetused Eestis",
                "summary": (
                    "Milliseid peretoetusi maksab Sotsiaalkindlustusamet ja kuidas uussisserändaja"
                    " saab neid taotleda."
                ),
                "body": """Sotsiaalkindlustusamet maksab peretoetusi peredele, kes kasvatavad
lapsi Eestis. Peamised neist on lapsetoetus iga lapse kohta, vanemahüvitis pärast lapse sündi
ning lisatoetus lasterikastele peredele ja üksikvanematele. Toetuste suurus ja tingimused
muutuvad aeg-ajalt, seega vaata sotsiaalkindlustusamet.ee lehte.

Uussisserändaja saab peretoetusi üldjuhul siis, kui vanem ja laps elavad Eestis elamisloa,
ajutise kaitse või elamisõigusega ning nende elukoht on registreeritud Eestis.

1. Registreeri kogu pere elukoht, ka laste oma.
2. Esita taotlus Sotsiaalkindlustusameti iseteeninduses ID-kaardi, Mobiil-ID või Smart-ID-ga
   või teeninduses. Eestis sündinud lastele hakatakse toetusi sageli maksma automaatselt.
3. Lisa oma pangakonto number ja teave peretoetuste kohta, mida saad mõnest teisest riigist.
4. Teata Sotsiaalkindlustusametile, kui pere kolib välismaale, laps lahkub leibkonnast või sinu
   aadress muutub.

## Toetused kahest riigist

Kui vanem töötab või saab peretoetusi mõnes teises riigis, lepivad riigid kokku, kumb neist
maksab. Deklareeri kõik toetused ausalt: ekslikult makstud raha tuleb tagasi maksta. Kohalikud
omavalitsused võivad maksta ka oma toetusi, näiteks siis, kui laps läheb kooli.""",
            },
            "ru": {
                "title": "Семейные пособия в Эстонии",
                "summary": (
                    "Какие семейные пособия выплачивает Департамент социального страхования и как "
                    "приезжим их получить."
                ),
                "body": """Департамент социального страхования (Sotsiaalkindlustusamet)
выплачивает семейные пособия семьям, которые растят детей в Эстонии. Главные из них — пособие
на каждого ребёнка, родительская компенсация после рождения ребёнка и дополнительная поддержка
многодетным семьям и одиноким родителям. Размеры и условия время от времени меняются, поэтому
проверяйте информацию на sotsiaalkindlustusamet.ee.

Приезжие, как правило, могут получать семейные пособия, если родитель и ребёнок живут в Эстонии
с видом на жительство, временной защитой или правом на проживание и их место жительства
зарегистрировано в Эстонии.

1. Зарегистрируйте место жительства всей семьи, включая детей.
2. Подайте заявление в самообслуживании Департамента социального страхования с ID-картой,
   Mobiil-ID или Smart-ID или в бюро обслуживания. Пособия на детей, родившихся в Эстонии,
   часто начинают платить автоматически.
3. Укажите номер банковского счёта и сведения о семейных пособиях, которые вы получаете из
   другой страны.
4. Сообщите в Департамент, если семья переезжает за границу, ребёнок уходит из семьи или
   меняется ваш адрес.

## Пособия из двух стран

Если родитель работает или получает семейные пособия в другой стране, страны договариваются,
какая из них платит. Честно указывайте все пособия: деньги, выплаченные по ошибке, придётся
вернуть. Местные самоуправления тоже могут платить свои пособия, например когда ребёнок идёт в
школу.""",
            },
        },
    },
    {
        "slug": "subsistence-benefit",
        "topics": ["social-subsistence"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Subsistence benefit",
                "summary": (
                    "Who can get the subsistence benefit from the local government and how to "
                    "apply for it each month."
                ),
                "body": """The subsistence benefit (toimetulekutoetus) is the last safety net
for people with very low income. The local government pays it when a household's income, after
paying for housing, stays below the subsistence level set by the state.

The benefit is paid by the city or rural municipality where your place of residence is
registered. Working-age adults who are able to work are expected to work, study or be
registered as unemployed with Töötukassa.

1. Register your place of residence if you have not done so yet.
2. Collect documents for the previous month: the income of all household members, your rental
   contract, bills for rent, utilities and heating, and bank statements if asked.
3. Submit the application to the social department of your local government, in person or
   online if your municipality offers it.
4. A social worker may ask about your situation and offer other help too, such as debt
   counselling or support with finding work.
5. The decision is usually made within a few working days. Apply again for every month in which
   you need support.

## Other help

The local government can also give one-off support in an emergency, for example for food or
urgent costs. Ask your social worker what is available in your municipality. A counsellor can
help you fill in the application and find the right office.""",
            },
            "et": {
                "title": "Toimetulekutoetus",
                "summary": (
                    "Kes saab kohalikult omavalitsuselt toimetulekutoetust ja kuidas seda iga kuu "
                    "taotleda."
                ),
                "body": """Toimetulekutoetus on viimane turvavõrk väga väikese sissetulekuga
inimestele. Kohalik omavalitsus maksab seda, kui leibkonna sissetulek jääb pärast
eluasemekulude tasumist alla riigi kehtestatud toimetulekupiiri.

Toetust maksab see linn või vald, kus on registreeritud sinu elukoht. Tööealistelt
töövõimelistelt inimestelt eeldatakse, et nad töötavad, õpivad või on Töötukassas töötuna
registreeritud.

1. Registreeri oma elukoht, kui sa ei ole seda veel teinud.
2. Kogu eelmise kuu dokumendid: kõigi leibkonnaliikmete sissetulekud, üürileping, arved üüri,
   kommunaalteenuste ja kütte eest ning küsimise korral pangakonto väljavõtted.
3. Esita taotlus oma kohaliku omavalitsuse sotsiaalosakonnale kohapeal või internetis, kui sinu
   omavalitsus seda võimaldab.
4. Sotsiaaltöötaja võib küsida sinu olukorra kohta ja pakkuda ka muud abi, näiteks
   võlanõustamist või tuge töö leidmisel.
5. Otsus tehakse tavaliselt mõne tööpäeva jooksul. Taotle toetust uuesti iga kuu eest, mil abi
   vajad.

## Muu abi

Kohalik omavalitsus võib anda ka ühekordset toetust hädaolukorras, näiteks toidu või
kiireloomuliste kulude jaoks. Küsi sotsiaaltöötajalt, mis on sinu omavalitsuses võimalik.
Nõustaja aitab sul taotluse täita ja õige asutuse leida.""",
            },
            "ru": {
                "title": "Пособие по прожиточному минимуму",
                "summary": (
                    "Кто может получить пособие по прожиточному минимуму от местного "
                    "самоуправления и как подавать заявление каждый месяц."
                ),
                "body": """Пособие по прожиточному минимуму (toimetulekutoetus) — последняя
страховочная сетка для людей с очень низким доходом. Местное самоуправление выплачивает его,
если доход семьи после оплаты жилья остаётся ниже прожиточного минимума, установленного
государством.

Пособие платит город или волость, где зарегистрировано ваше место жительства. От трудоспособных
взрослых ожидается, что они работают, учатся или зарегистрированы безработными в Töötukassa.

1. Зарегистрируйте место жительства, если вы ещё этого не сделали.
2. Соберите документы за предыдущий месяц: доходы всех членов семьи, договор аренды, счета за
   аренду, коммунальные услуги и отопление, а по запросу и выписки с банковского счёта.
3. Подайте заявление в социальный отдел местного самоуправления лично или онлайн, если ваше
   самоуправление это позволяет.
4. Социальный работник может расспросить о вашей ситуации и предложить другую помощь, например
   консультацию по долгам или поддержку в поиске работы.
5. Решение обычно принимается в течение нескольких рабочих дней. Подавайте заявление заново за
   каждый месяц, когда вам нужна помощь.

## Другая помощь

Местное самоуправление может также выдать единовременную помощь в экстренной ситуации, например
на еду или срочные расходы. Спросите социального работника, что доступно в вашем
самоуправлении. Консультант поможет заполнить заявление и найти нужное учреждение.""",
            },
        },
    },
    {
        "slug": "renting-a-flat",
        "topics": ["housing"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Renting a flat",
                "summary": (
                    "How to find a rental flat safely, what to check in the contract and how to "
                    "avoid common problems."
                ),
                "body": """Most newcomers rent a flat from a private owner. Flats are
advertised on property portals such as kv.ee and city24.ee and in local social media groups.
Demand is high in Tallinn and Tartu, so start early and be ready to view flats quickly.

1. View the flat before you pay anything. Be careful with offers that are much cheaper than
   others and with owners who cannot show the flat.
2. Check that the person renting out the flat is the owner or has the owner's permission. Ask
   to see proof.
3. Sign a written rental contract. It should state the rent, what utilities cost and how they
   are paid, the deposit, the length of the contract and the notice period.
4. The deposit may not be more than three months' rent. Pay by bank transfer or get a receipt.
5. On moving-in day, write a handover report with the owner: list the furniture, note any
   damage, take photos and record the meter readings.
6. Register your place of residence at your new address.

## If you have a dispute

In Tallinn and Tartu, rental committees settle disputes between tenants and owners quickly and
free of charge. Elsewhere you can go to court. People with very low income can ask the local
government about social housing or help with housing costs.""",
            },
            "et": {
                "title": "Korteri üürimine",
                "summary": (
                    "Kuidas leida üürikorter turvaliselt, mida lepingus kontrollida ja kuidas "
                    "vältida levinud probleeme."
                ),
                "body": """Enamik uussisserändajaid üürib korteri eraomanikult. Kortereid
pakutakse kinnisvaraportaalides, nagu kv.ee ja city24.ee, ning kohalikes sotsiaalmeedia
gruppides. Tallinnas ja Tartus on nõudlus suur, seega alusta varakult ja ole valmis kortereid
kiiresti vaatama.

1. Vaata korter üle enne, kui midagi maksad. Ole ettevaatlik pakkumistega, mis on teistest
   palju odavamad, ja omanikega, kes ei saa korterit näidata.
2. Kontrolli, et korteri üürileandja on omanik või tal on omaniku luba. Palu seda tõendada.
3. Sõlmi kirjalik üürileping. Sellesse peavad olema kirja pandud üür, kommunaalkulud ja nende
   tasumise viis, tagatisraha, lepingu kestus ja etteteatamise tähtaeg.
4. Tagatisraha ei tohi olla suurem kui kolme kuu üür. Maksa pangaülekandega või küsi
   kviitungit.
5. Sissekolimise päeval koostage koos omanikuga üleandmise-vastuvõtmise akt: loetlege mööbel,
   märkige kahjustused, tehke fotod ja pange kirja arvestite näidud.
6. Registreeri oma elukoht uuel aadressil.

## Kui tekib vaidlus

Tallinnas ja Tartus lahendavad üürnike ja omanike vaidlusi kiiresti ja tasuta üürikomisjonid.
Mujal saab pöörduda kohtusse. Väga väikese sissetulekuga inimesed võivad küsida kohalikult
omavalitsuselt sotsiaaleluruumi või abi eluasemekulude tasumisel.""",
            },
            "ru": {
                "title": "Аренда квартиры",
                "summary": (
                    "Как безопасно найти съёмную квартиру, что проверить в договоре и как избежать"
                    " частых проблем."
                ),
                "body": """Большинство приезжих снимают квартиру у частного владельца. Квартиры
предлагают на порталах недвижимости, например kv.ee и city24.ee, и в местных группах в
социальных сетях. В Таллинне и Тарту спрос высокий, поэтому начинайте поиски заранее и будьте
готовы быстро приходить на просмотры.

1. Осмотрите квартиру, прежде чем что-либо платить. Будьте осторожны с предложениями намного
   дешевле остальных и с владельцами, которые не могут показать квартиру.
2. Проверьте, что человек, сдающий квартиру, является владельцем или имеет его разрешение.
   Попросите это подтвердить.
3. Заключите письменный договор аренды. В нём должны быть указаны арендная плата, коммунальные
   расходы и порядок их оплаты, залог, срок договора и срок предупреждения о расторжении.
4. Залог не может превышать арендную плату за три месяца. Платите банковским переводом или
   берите расписку.
5. В день въезда составьте с владельцем акт приёма-передачи: перечислите мебель, отметьте
   повреждения, сделайте фотографии и запишите показания счётчиков.
6. Зарегистрируйте место жительства по новому адресу.

## Если возник спор

В Таллинне и Тарту споры между арендаторами и владельцами быстро и бесплатно решают арендные
комиссии. В других местах можно обратиться в суд. Люди с очень низким доходом могут спросить в
местном самоуправлении о социальном жилье или помощи с расходами на жильё.""",
            },
        },
    },
    {
        "slug": "kindergarten-place",
        "topics": ["education-kindergarten"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Getting a kindergarten place",
                "summary": (
                    "How to apply for a kindergarten place for your child through the local "
                    "government."
                ),
                "body": """In Estonia, every child from the age of one and a half to seven has
the right to a place in a municipal kindergarten in the municipality where the child's place of
residence is registered. Kindergarten helps children learn Estonian and make friends, and it
lets parents work or study.

Municipal kindergartens are cheaper than private ones. Parents pay a monthly fee for part of
the costs and for meals. Many municipalities reduce the fee for families with low income.

1. Register your child's place of residence in the municipality.
2. Apply for a place through your local government's e-service or education department. In
   Tallinn and other large cities you apply online.
3. Choose one or more kindergartens you would prefer. Queues for popular ones can be long, so
   apply as early as you can.
4. When you are offered a place, accept it by the deadline given in the offer.
5. Before the start, talk with the teachers about your child's language, health, food and
   habits. Ask how the first days of settling in will work.

## Language

Most kindergartens work in Estonian. Teachers are used to children who speak other languages at
home. Keep speaking your home language with your child: a strong first language also helps them
learn Estonian.""",
            },
            "et": {
                "title": "Lasteaiakoha saamine",
                "summary": "Kuidas taotleda lapsele lasteaiakohta kohaliku omavalitsuse kaudu.",
                "body": """Eestis on igal pooleteise- kuni seitsmeaastasel lapsel õigus saada
koht munitsipaallasteaias selles omavalitsuses, kus on registreeritud lapse elukoht. Lasteaias
õpib laps eesti keelt ja leiab sõpru ning vanemad saavad sel ajal töötada või õppida.

Munitsipaallasteaiad on odavamad kui eralasteaiad. Vanemad maksavad igakuist kohatasu osa
kulude katteks ja toiduraha. Paljud omavalitsused vähendavad väikese sissetulekuga peredele
kohatasu.

1. Registreeri lapse elukoht omavalitsuses.
2. Taotle lasteaiakohta kohaliku omavalitsuse e-teeninduse või haridusosakonna kaudu. Tallinnas
   ja teistes suurtes linnades esitatakse taotlus internetis.
3. Vali üks või mitu eelistatud lasteaeda. Populaarsetesse lasteaedadesse võivad järjekorrad
   olla pikad, seega esita taotlus nii vara kui võimalik.
4. Kui sulle pakutakse kohta, võta see vastu pakkumises märgitud tähtajaks.
5. Enne lasteaia algust räägi õpetajatega lapse keelest, tervisest, toidust ja harjumustest.
   Küsi, kuidas möödub esimeste päevade kohanemine.

## Keel

Enamik lasteaedu töötab eesti keeles. Õpetajad on harjunud lastega, kes räägivad kodus teisi
keeli. Räägi lapsega edasi oma kodukeeles: tugev emakeel aitab ka eesti keelt õppida.""",
            },
            "ru": {
                "title": "Как получить место в детском саду",
                "summary": (
                    "Как подать заявление на место в детском саду для ребёнка через местное "
                    "самоуправление."
                ),
                "body": """В Эстонии каждый ребёнок в возрасте от полутора до семи лет имеет
право на место в муниципальном детском саду в том самоуправлении, где зарегистрировано его
место жительства. В детском саду ребёнок учит эстонский язык и находит друзей, а родители в это
время могут работать или учиться.

Муниципальные детские сады дешевле частных. Родители платят ежемесячную плату за часть расходов
и за питание. Многие самоуправления снижают плату для семей с низким доходом.

1. Зарегистрируйте место жительства ребёнка в самоуправлении.
2. Подайте заявление на место через электронные услуги или отдел образования местного
   самоуправления. В Таллинне и других крупных городах заявление подают онлайн.
3. Выберите один или несколько детских садов, которые вы предпочитаете. В популярные сады
   очереди бывают длинными, поэтому подавайте заявление как можно раньше.
4. Когда вам предложат место, подтвердите его до срока, указанного в предложении.
5. Перед началом расскажите воспитателям о языке ребёнка, его здоровье, питании и привычках.
   Спросите, как пройдут первые дни адаптации.

## Язык

Большинство детских садов работают на эстонском языке. Воспитатели привыкли к детям, которые
дома говорят на других языках. Продолжайте говорить с ребёнком на родном языке: хорошо развитый
родной язык помогает выучить и эстонский.""",
            },
        },
    },
    {
        "slug": "enrolling-in-school",
        "topics": ["education-school"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Enrolling your child in school",
                "summary": (
                    "How to get a school place for your child in Estonia and what support newcomer"
                    " pupils get."
                ),
                "body": """School is compulsory in Estonia from the age of seven. Municipal
schools are free, and the local government must offer your child a place in a school near your
registered home. After basic school (grade 9), young people continue in upper secondary school
or vocational education.

1. Register the family's place of residence, including the child.
2. Contact the education department of your local government, or the school itself, and ask for
   a school place. In larger cities you can apply online.
3. Bring the child's identity document and, if you have them, school reports from your previous
   country. Translations help but are not always needed.
4. The school decides which grade suits the child, looking at age, previous studies and
   language skills.
5. Ask the school about Estonian-language support, a support teacher and after-school hobby
   groups.

## Language of study

Estonian schools are moving to Estonian-language education. Newcomer pupils usually get extra
Estonian lessons and a personal study plan. If your child has been through war or loss, tell
the school: the school psychologist or social pedagogue can help.

Upper secondary schools and vocational schools have their own admission, usually in spring.
Keep in touch with the class teacher, and use the school's e-diary to follow homework and
marks.""",
            },
            "et": {
                "title": "Lapse kooli registreerimine",
                "summary": (
                    "Kuidas saada lapsele Eestis koolikoht ja millist tuge saavad "
                    "uussisserändajatest õpilased."
                ),
                "body": """Eestis on koolikohustus alates seitsmendast eluaastast.
Munitsipaalkoolid on tasuta ja kohalik omavalitsus peab pakkuma lapsele kohta registreeritud
elukoha lähedal asuvas koolis. Pärast põhikooli (9. klass) jätkavad noored õpinguid
gümnaasiumis või kutseõppes.

1. Registreeri pere elukoht, sealhulgas lapse oma.
2. Võta ühendust kohaliku omavalitsuse haridusosakonna või kooliga ja küsi koolikohta.
   Suuremates linnades saab taotluse esitada internetis.
3. Võta kaasa lapse isikut tõendav dokument ja võimaluse korral eelmise riigi koolitunnistused.
   Tõlked on abiks, kuid alati ei ole neid vaja.
4. Kool otsustab, millisesse klassi laps sobib, arvestades vanust, varasemaid õpinguid ja
   keeleoskust.
5. Küsi koolilt eesti keele toe, tugiõpetaja ja huviringide kohta.

## Õppekeel

Eesti koolid lähevad üle eestikeelsele õppele. Uussisserändajatest õpilased saavad tavaliselt
lisatunde eesti keeles ja individuaalse õppekava. Kui laps on kogenud sõda või kaotust, räägi
sellest koolile: koolipsühholoog või sotsiaalpedagoog saab aidata.

Gümnaasiumidel ja kutsekoolidel on oma vastuvõtt, tavaliselt kevadel. Hoia ühendust
klassijuhatajaga ja jälgi kooli e-päevikust kodutöid ja hindeid.""",
            },
            "ru": {
                "title": "Как записать ребёнка в школу",
                "summary": (
                    "Как получить место в школе для ребёнка в Эстонии и какую поддержку получают "
                    "ученики-новоприбывшие."
                ),
                "body": """В Эстонии обучение в школе обязательно с семи лет. Муниципальные
школы бесплатны, и местное самоуправление должно предложить ребёнку место в школе рядом с
зарегистрированным местом жительства. После основной школы (9 класс) молодые люди продолжают
учёбу в гимназии или в профессиональном учебном заведении.

1. Зарегистрируйте место жительства семьи, включая ребёнка.
2. Обратитесь в отдел образования местного самоуправления или в саму школу и попросите место. В
   крупных городах заявление можно подать онлайн.
3. Возьмите документ, удостоверяющий личность ребёнка, и, если есть, школьные табели из прежней
   страны. Переводы помогают, но нужны не всегда.
4. Школа решает, в какой класс пойдёт ребёнок, учитывая возраст, прежнюю учёбу и знание языка.
5. Спросите в школе о поддержке в изучении эстонского языка, об учителе поддержки и кружках.

## Язык обучения

Эстонские школы переходят на обучение на эстонском языке. Новоприбывшие ученики обычно получают
дополнительные уроки эстонского и индивидуальный учебный план. Если ребёнок пережил войну или
потерю, скажите об этом школе: помочь может школьный психолог или социальный педагог.

В гимназии и профессиональные училища свой приём, обычно весной. Поддерживайте связь с классным
руководителем и следите за домашними заданиями и оценками в электронном дневнике школы.""",
            },
        },
    },
    {
        "slug": "free-estonian-language-courses",
        "topics": ["language-courses", "language-cafes"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Free Estonian language courses",
                "summary": (
                    "Where adults can learn Estonian for free, from beginner level to exam "
                    "preparation."
                ),
                "body": """Learning Estonian opens doors to work, studies and friendships.
There are many free options for adults, both in a classroom and online. Choose the one that
fits your level and your time.

1. Beginners who have lived in Estonia for less than five years with a residence permit,
   temporary protection or right of residence can take a free A1 course in the Settle in
   Estonia programme. Register at settleinestonia.ee.
2. The Integration Foundation (integratsioon.ee) offers free courses at different levels and
   runs Estonian Language Houses in Tallinn and Narva. Places fill up fast, so register as soon
   as registration opens.
3. If you are registered as unemployed, ask your Töötukassa consultant about language training.
   People in work can also ask Töötukassa or their employer.
4. Practise online for free: keeleklikk.ee for beginners and keeletee.ee for intermediate
   learners.
5. Speak as much as you can: join a language café or a conversation club, or find a language
   partner through the Language Houses.

## Tips

Decide how many hours a week you can really study, and keep to it. A little every day works
better than a lot once a month. If you pass a language exam after studying at your own cost,
you may get part of the course fee back: ask the Integration Foundation.""",
            },
            "et": {
                "title": "Tasuta eesti keele kursused",
                "summary": (
                    "Kus saavad täiskasvanud tasuta eesti keelt õppida, algtasemest eksamiks "
                    "valmistumiseni."
                ),
                "body": """Eesti keele oskus avab uksi tööle, õpingutele ja sõprussuhetele.
Täiskasvanutele on palju tasuta võimalusi nii klassiruumis kui ka internetis. Vali selline
keeleõpe, mis sobib sinu taseme ja ajaga.

1. Algajad, kes on elanud Eestis elamisloa, ajutise kaitse või elamisõigusega vähem kui viis
   aastat, saavad osaleda kohanemisprogrammi „Settle in Estonia” tasuta A1-taseme
   keelekursusel. Registreeru settleinestonia.ee lehel.
2. Integratsiooni Sihtasutuse (integratsioon.ee) tasuta keelekursused on mõeldud eri tasemetele
   ning sihtasutusel on Eesti keele majad Tallinnas ja Narvas. Kohad täituvad kiiresti, seega
   registreeru keelekursusele kohe, kui registreerimine avatakse.
3. Kui oled Töötukassas töötuna registreeritud, küsi oma konsultandilt keeleõppe võimaluste
   kohta. Ka töötavad inimesed võivad küsida Töötukassast või tööandjalt.
4. Harjuta tasuta internetis: algajatele sobib keeleklikk.ee ja edasijõudnutele keeletee.ee.
5. Räägi nii palju kui võimalik: tule keelekohvikusse või vestlusklubisse või leia Eesti keele
   majade kaudu keelepartner.

## Nõuanded

Otsusta, mitu tundi nädalas suudad päriselt õppida, ja pea sellest kinni. Iga päev natuke on
parem kui kord kuus palju. Üks keelekursus ei tee sind veel vabalt rääkivaks, kuid iga tund
aitab. Kui sooritad pärast omal kulul õppimist keeleeksami, võid saada osa kursuse tasust
tagasi – küsi Integratsiooni Sihtasutusest.""",
            },
            "ru": {
                "title": "Бесплатные курсы эстонского языка",
                "summary": (
                    "Где взрослые могут бесплатно учить эстонский язык — от начального уровня до "
                    "подготовки к экзамену."
                ),
                "body": """Знание эстонского языка открывает двери к работе, учёбе и дружбе.
Для взрослых есть много бесплатных возможностей — и в классе, и онлайн. Выберите ту, что
подходит вашему уровню и вашему времени.

1. Начинающие, которые живут в Эстонии с видом на жительство, временной защитой или правом на
   проживание меньше пяти лет, могут пройти бесплатный курс уровня A1 в программе Settle in
   Estonia. Регистрация на settleinestonia.ee.
2. Фонд интеграции (integratsioon.ee) предлагает бесплатные курсы разных уровней, и у него есть
   Дома эстонского языка в Таллинне и Нарве. Места быстро заканчиваются, поэтому
   регистрируйтесь сразу, как только открывается запись.
3. Если вы зарегистрированы безработным, спросите своего консультанта в Töötukassa о языковом
   обучении. Работающие люди тоже могут обратиться в Töötukassa или к работодателю.
4. Занимайтесь онлайн бесплатно: keeleklikk.ee для начинающих и keeletee.ee для продолжающих.
5. Говорите как можно больше: приходите в языковое кафе или разговорный клуб или найдите
   языкового партнёра через Дома эстонского языка.

## Советы

Решите, сколько часов в неделю вы действительно можете заниматься, и придерживайтесь этого.
Понемногу каждый день лучше, чем много раз в месяц. Если вы учились за свой счёт и сдали
языковой экзамен, часть стоимости курса, возможно, вернут: спросите в Фонде интеграции.""",
            },
            "fi": {
                "title": "Maksuttomat viron kielen kurssit",
                "summary": (
                    "Missä aikuiset voivat opiskella viroa maksutta alkeista tenttiin "
                    "valmistautumiseen asti."
                ),
                "body": """Viron kielen taito avaa ovia työhön, opintoihin ja
ystävyyssuhteisiin. Aikuisille on tarjolla paljon maksuttomia vaihtoehtoja sekä luokkahuoneessa
että verkossa. Valitse se, joka sopii tasoosi ja aikatauluusi.

1. Aloittelijat, jotka ovat asuneet Virossa oleskeluluvalla, tilapäisen suojelun turvin tai
   oleskeluoikeudella alle viisi vuotta, voivat osallistua maksuttomalle A1-tason kurssille
   Settle in Estonia -ohjelmassa. Ilmoittaudu osoitteessa settleinestonia.ee.
2. Viron kotoutumissäätiö (integratsioon.ee) järjestää maksuttomia kursseja eri tasoille ja
   ylläpitää viron kielen taloja Tallinnassa ja Narvassa. Paikat täyttyvät nopeasti, joten
   ilmoittaudu heti, kun ilmoittautuminen alkaa.
3. Jos olet ilmoittautunut työttömäksi, kysy Töötukassan konsultiltasi kielikoulutuksesta. Myös
   työssä käyvät voivat kysyä Töötukassasta tai työnantajaltaan.
4. Harjoittele maksutta verkossa: keeleklikk.ee sopii aloittelijoille ja keeletee.ee
   jatkajille.
5. Puhu niin paljon kuin voit: osallistu kielikahvilaan tai keskusteluklubiin tai etsi
   kielikaveri viron kielen talojen kautta.

## Vinkkejä

Päätä, montako tuntia viikossa pystyt todella opiskelemaan, ja pidä siitä kiinni. Vähän joka
päivä on parempi kuin paljon kerran kuussa. Jos opiskelit omalla kustannuksellasi ja läpäiset
kielitutkinnon, voit ehkä saada osan kurssimaksusta takaisin: kysy lisää kotoutumissäätiöltä.""",
            },
            "sv": {
                "title": "Kostnadsfria kurser i estniska",
                "summary": (
                    "Var vuxna kan lära sig estniska gratis, från nybörjarnivå till förberedelse "
                    "för språkprov."
                ),
                "body": """Kunskaper i estniska öppnar dörrar till arbete, studier och vänskap.
Det finns många kostnadsfria möjligheter för vuxna, både i klassrum och på nätet. Välj det som
passar din nivå och din tid.

1. Nybörjare som har bott i Estland med uppehållstillstånd, tillfälligt skydd eller
   uppehållsrätt i mindre än fem år kan gå en kostnadsfri kurs på nivå A1 inom programmet
   Settle in Estonia. Anmäl dig på settleinestonia.ee.
2. Integrationsstiftelsen (integratsioon.ee) erbjuder kostnadsfria kurser på olika nivåer och
   driver estniska språkhus i Tallinn och Narva. Platserna tar snabbt slut, så anmäl dig så
   snart anmälan öppnar.
3. Om du är anmäld som arbetslös, fråga din konsulent på Töötukassa om språkutbildning. Den som
   arbetar kan också fråga Töötukassa eller sin arbetsgivare.
4. Öva gratis på nätet: keeleklikk.ee för nybörjare och keeletee.ee för dig som har kommit en
   bit.
5. Prata så mycket du kan: gå till ett språkkafé eller en samtalsklubb, eller hitta en språkvän
   genom språkhusen.

## Tips

Bestäm hur många timmar i veckan du verkligen kan studera, och håll dig till det. Lite varje
dag fungerar bättre än mycket en gång i månaden. Om du har studerat på egen bekostnad och
klarar ett språkprov kan du kanske få tillbaka en del av kursavgiften: fråga
Integrationsstiftelsen.""",
            },
            "uk": {
                "title": "Безкоштовні курси естонської мови",
                "summary": (
                    "Де дорослі можуть безкоштовно вивчати естонську мову — від початкового рівня "
                    "до підготовки до іспиту."
                ),
                "body": """Знання естонської мови відчиняє двері до роботи, навчання та дружби.
Для дорослих є багато безкоштовних можливостей — і в класі, і онлайн. Оберіть ту, що відповідає
вашому рівню та вашому часу.

1. Початківці, які живуть в Естонії з дозволом на проживання, тимчасовим захистом або правом на
   проживання менше п'яти років, можуть пройти безкоштовний курс рівня A1 у програмі Settle in
   Estonia. Реєстрація на settleinestonia.ee.
2. Фонд інтеграції (integratsioon.ee) пропонує безкоштовні курси різних рівнів і має Будинки
   естонської мови в Таллінні та Нарві. Місця швидко закінчуються, тому реєструйтеся одразу,
   щойно відкривається запис.
3. Якщо ви зареєстровані як безробітний, запитайте свого консультанта в Töötukassa про мовне
   навчання. Працюючі люди теж можуть звернутися до Töötukassa або до роботодавця.
4. Займайтеся онлайн безкоштовно: keeleklikk.ee для початківців і keeletee.ee для тих, хто
   продовжує.
5. Розмовляйте якомога більше: приходьте до мовного кафе чи розмовного клубу або знайдіть
   мовного партнера через Будинки естонської мови.

## Поради

Вирішіть, скільки годин на тиждень ви справді можете навчатися, і дотримуйтеся цього. Потроху
щодня краще, ніж багато раз на місяць. Якщо ви навчалися за власний кошт і склали мовний іспит,
частину вартості курсу, можливо, повернуть: запитайте у Фонді інтеграції.""",
            },
            "ar": {
                "title": "دورات مجانية في اللغة الإستونية",
                "summary": (
                    "أين يمكن للبالغين تعلّم اللغة الإستونية مجانًا، من المستوى المبتدئ حتى "
                    "الاستعداد للامتحان."
                ),
                "body": """يفتح تعلّم اللغة الإستونية أمامك أبواب العمل والدراسة والصداقات.
هناك خيارات مجانية كثيرة للبالغين، سواء في الصف أو عبر الإنترنت. اختر ما يناسب مستواك ووقتك.

1. يمكن للمبتدئين الذين يعيشون في إستونيا منذ أقل من خمس سنوات بتصريح إقامة أو حماية مؤقتة أو
   حق إقامة أن يلتحقوا بدورة مجانية في المستوى A1 ضمن برنامج Settle in Estonia. سجّل على موقع
   settleinestonia.ee.
2. تقدّم مؤسسة الاندماج (integratsioon.ee) دورات مجانية في مستويات مختلفة، وتدير بيوت اللغة
   الإستونية في تالين ونارفا. تمتلئ الأماكن بسرعة، لذا سجّل فور فتح باب التسجيل.
3. إذا كنت مسجلًا عاطلًا عن العمل، فاسأل مستشارك في Töötukassa عن التدريب اللغوي. ويمكن
   للعاملين أيضًا أن يسألوا Töötukassa أو صاحب العمل.
4. تدرّب مجانًا عبر الإنترنت: موقع keeleklikk.ee للمبتدئين، وموقع keeletee.ee لمن لديهم مستوى
   متوسط.
5. تحدّث قدر ما تستطيع: انضم إلى مقهى لغوي أو نادٍ للمحادثة، أو ابحث عن شريك لغوي عن طريق بيوت
   اللغة الإستونية.

## نصائح

حدّد عدد الساعات التي تستطيع فعلًا أن تدرسها كل أسبوع والتزم بها. القليل كل يوم أفضل من الكثير
مرة في الشهر. إذا درست على نفقتك الخاصة ثم نجحت في امتحان اللغة، فقد تسترد جزءًا من رسوم
الدورة، فاسأل مؤسسة الاندماج عن ذلك.""",
            },
        },
    },
    {
        "slug": "estonian-language-exams",
        "topics": ["language-exams"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Estonian language exams",
                "summary": (
                    "How the state Estonian language proficiency exams work and how to register "
                    "for them."
                ),
                "body": """The Education and Youth Board (HARNO) organises Estonian language
proficiency exams at levels A2, B1, B2 and C1. You may need a certificate for work, for a
long-term residence permit or for citizenship. The level exams are free for the candidate.

1. Decide which level you need. Ask your employer, or check the requirement for your permit or
   for citizenship. Citizenship requires at least level B1.
2. Register for the exam through harno.ee before the registration deadline. Exams are held
   several times a year in Tallinn, Tartu, Narva, Jõhvi and other towns.
3. Prepare: the exam tests listening, reading, writing and speaking. Sample tasks are published
   on harno.ee, and many courses prepare you for the exam.
4. On exam day, bring your identity document and arrive in good time.
5. Results are usually published within a few weeks. The certificate is digital: employers and
   authorities can check it in the state register, and you do not need a paper copy.

## If you need adjustments

If you have a disability or a health condition, you can ask for special arrangements when you
register, for example extra time. If you do not pass, you can register again for a later exam.
Many learners pass on their second try.""",
            },
            "et": {
                "title": "Eesti keele tasemeeksamid",
                "summary": (
                    "Kuidas riiklikud eesti keele tasemeeksamid toimuvad ja kuidas neile "
                    "registreeruda."
                ),
                "body": """Haridus- ja Noorteamet (HARNO) korraldab eesti keele tasemeeksameid
A2-, B1-, B2- ja C1-tasemel. Tunnistust võib vaja minna tööks, pikaajalise elaniku elamisloa
saamiseks või kodakondsuse taotlemiseks. Tasemeeksamid on eksaminandile tasuta.

1. Otsusta, millist taset vajad. Küsi tööandjalt või kontrolli elamisloa või kodakondsuse
   nõudeid. Kodakondsuse saamiseks on vaja vähemalt B1-taset.
2. Registreeru eksamile harno.ee kaudu enne registreerimistähtaega. Eksameid toimub mitu korda
   aastas Tallinnas, Tartus, Narvas, Jõhvis ja teistes linnades.
3. Valmistu: eksam kontrollib kuulamist, lugemist, kirjutamist ja rääkimist. Näidisülesanded on
   avaldatud harno.ee lehel ja paljud kursused valmistavad eksamiks ette.
4. Võta eksamipäeval kaasa isikut tõendav dokument ja tule kohale õigeaegselt.
5. Tulemused avaldatakse tavaliselt mõne nädala jooksul. Tunnistus on digitaalne: tööandjad ja
   asutused saavad seda kontrollida riiklikust registrist ja paberkoopiat ei ole vaja.

## Kui vajad eritingimusi

Kui sul on puue või terviseprobleem, saad registreerimisel küsida eritingimusi, näiteks
lisaaega. Kui sa eksamit ei soorita, võid registreeruda järgmisele eksamile. Paljud õppijad
sooritavad eksami teisel katsel.""",
            },
            "ru": {
                "title": "Экзамены по эстонскому языку",
                "summary": (
                    "Как проходят государственные экзамены на уровень владения эстонским языком и "
                    "как на них зарегистрироваться."
                ),
                "body": """Департамент образования и молодёжи (HARNO) проводит экзамены на
уровень владения эстонским языком: A2, B1, B2 и C1. Свидетельство может понадобиться для
работы, для вида на жительство долгосрочного резидента или для получения гражданства. Экзамены
на уровень бесплатны для сдающих.

1. Решите, какой уровень вам нужен. Спросите работодателя или проверьте требования для вида на
   жительство или гражданства. Для гражданства нужен уровень не ниже B1.
2. Зарегистрируйтесь на экзамен через harno.ee до окончания срока регистрации. Экзамены
   проходят несколько раз в год в Таллинне, Тарту, Нарве, Йыхви и других городах.
3. Готовьтесь: экзамен проверяет аудирование, чтение, письмо и говорение. Примеры заданий
   опубликованы на harno.ee, и многие курсы готовят к экзамену.
4. В день экзамена возьмите документ, удостоверяющий личность, и приходите заранее.
5. Результаты обычно публикуются в течение нескольких недель. Свидетельство цифровое:
   работодатели и учреждения могут проверить его в государственном регистре, бумажная копия не
   нужна.

## Если нужны особые условия

Если у вас инвалидность или проблемы со здоровьем, при регистрации можно попросить особые
условия, например дополнительное время. Если вы не сдали экзамен, можно зарегистрироваться на
следующий. Многие сдают со второй попытки.""",
            },
        },
    },
    {
        "slug": "id-card-mobile-id-smart-id",
        "topics": ["digital-id", "registration-id-card"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "ID-card, Mobile-ID and Smart-ID",
                "summary": (
                    "How to use your card as a digital ID and how to get Mobile-ID or Smart-ID for"
                    " e-services."
                ),
                "body": """In Estonia most services are online, and you need a digital identity
to use them. Your Estonian ID-card or residence permit card is also a digital ID: with its PIN
codes you can log in to e-services and sign documents. Mobile-ID and Smart-ID let you do the
same with your phone.

1. Find the PIN envelope you received with your card. PIN1 is for logging in and PIN2 is for
   signing. Never give your PIN codes to anyone, not even to someone who is helping you.
2. To use the card on a computer, you need a card reader and the free ID software from id.ee.
3. For Mobile-ID, ask your mobile operator for a Mobile-ID SIM card and activate it with your
   ID-card.
4. For Smart-ID, install the Smart-ID app and create an account with your ID-card, Mobile-ID or
   your bank's online banking.
5. Test your tools: log in to eesti.ee and check your data.

## Lost card or forgotten PIN

If your card is lost or stolen, suspend its certificates at once and report the loss to the
Police and Border Guard Board (PPA); id.ee explains how. If you blocked a PIN, unblock it with
the PUK code in the DigiDoc4 app. If you have forgotten your codes, get a new PIN envelope at a
PPA service office.""",
            },
            "et": {
                "title": "ID-kaart, Mobiil-ID ja Smart-ID",
                "summary": (
                    "Kuidas kasutada kaarti digitaalse isikutunnistusena ja kuidas saada "
                    "e-teenuste jaoks Mobiil-ID või Smart-ID."
                ),
                "body": """Eestis on enamik teenuseid internetis ja nende kasutamiseks on vaja
digitaalset isikut. Sinu Eesti ID-kaart või elamisloakaart on ka digitaalne isikutunnistus:
PIN-koodidega saad siseneda e-teenustesse ja allkirjastada dokumente. Mobiil-ID ja Smart-ID
võimaldavad teha sama telefoniga.

1. Leia PIN-ümbrik, mille said koos kaardiga. PIN1 on sisenemiseks ja PIN2 allkirjastamiseks.
   Ära anna oma PIN-koode mitte kellelegi, ka mitte sellele, kes sind aitab.
2. Kaardi kasutamiseks arvutis on vaja kaardilugejat ja tasuta ID-tarkvara, mille saad id.ee
   lehelt.
3. Mobiil-ID saamiseks küsi mobiilioperaatorilt Mobiil-ID SIM-kaarti ja aktiveeri see
   ID-kaardiga.
4. Smart-ID saamiseks paigalda Smart-ID rakendus ja loo konto ID-kaardi, Mobiil-ID või oma
   panga internetipanga kaudu.
5. Proovi vahendid järele: logi sisse eesti.ee portaali ja vaata oma andmeid.

## Kaotatud kaart või ununenud PIN

Kui kaart on kadunud või varastatud, peata kohe selle sertifikaadid ja teata kaotusest
Politsei- ja Piirivalveametile (PPA); id.ee lehel on selgitatud, kuidas seda teha. Kui PIN on
blokeeritud, saad selle DigiDoc4 rakenduses PUK-koodiga lahti blokeerida. Kui oled koodid
unustanud, saad PPA teenindusest uue PIN-ümbriku.""",
            },
            "ru": {
                "title": "ID-карта, Mobiil-ID и Smart-ID",
                "summary": (
                    "Как использовать карту в качестве цифрового удостоверения и как получить "
                    "Mobiil-ID или Smart-ID для электронных услуг."
                ),
                "body": """В Эстонии большинство услуг доступно онлайн, и для них нужна
цифровая идентичность. Ваша эстонская ID-карта или карта вида на жительство — это и цифровое
удостоверение: с её PIN-кодами можно входить в электронные услуги и подписывать документы.
Mobiil-ID и Smart-ID позволяют делать то же самое с телефона.

1. Найдите конверт с PIN-кодами, который вы получили вместе с картой. PIN1 нужен для входа,
   PIN2 — для подписи. Никогда никому не сообщайте свои PIN-коды, даже тому, кто вам помогает.
2. Чтобы пользоваться картой на компьютере, нужны считыватель карт и бесплатная программа ID с
   сайта id.ee.
3. Для Mobiil-ID попросите у мобильного оператора SIM-карту Mobiil-ID и активируйте её с
   помощью ID-карты.
4. Для Smart-ID установите приложение Smart-ID и создайте учётную запись с ID-картой, Mobiil-ID
   или через интернет-банк.
5. Проверьте, что всё работает: войдите на eesti.ee и посмотрите свои данные.

## Потерянная карта или забытый PIN

Если карта потеряна или украдена, сразу приостановите действие её сертификатов и сообщите о
потере в Департамент полиции и погранохраны (PPA); как это сделать, объясняется на id.ee. Если
PIN заблокирован, разблокируйте его PUK-кодом в приложении DigiDoc4. Если вы забыли коды,
получите новый PIN-конверт в бюро обслуживания PPA.""",
            },
        },
    },
    {
        "slug": "e-services-eesti-ee",
        "topics": ["digital-portals", "digital-forms"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Using e-services and eesti.ee",
                "summary": (
                    "What you can do on the state portal eesti.ee and where to get help with "
                    "online forms."
                ),
                "body": """eesti.ee is the Estonian state portal. There you can see your data
in state registers and use hundreds of services: register your place of residence, check your
health insurance and employment records, see your children's school data, and receive official
e-mail at your personal @eesti.ee address.

1. Log in to eesti.ee with an ID-card, residence permit card, Mobile-ID or Smart-ID. Choose
   English or Russian at the top of the page if you prefer.
2. Open your personal data to check your address, family members and documents. If something is
   wrong, contact the authority that keeps the data.
3. Forward your @eesti.ee e-mail to the address you read every day, so you do not miss letters
   from authorities.
4. Use the search to find a service, for example "residence" or "benefit". Many services open
   the authority's own self-service portal.
5. Log out when you are finished, especially on a shared computer.

## Getting help

Filling in forms online can be hard in a new language. Public libraries have computers and
staff who can show you the basics. Integration counselling centres help newcomers fill in forms
in person, in several languages. Never give your PIN codes to anyone who helps you: they should
guide you, not log in for you.""",
            },
            "et": {
                "title": "E-teenuste ja eesti.ee kasutamine",
                "summary": (
                    "Mida saab teha riigiportaalis eesti.ee ja kust saada abi e-vormide täitmisel."
                ),
                "body": """eesti.ee on Eesti riigiportaal. Seal näed oma andmeid riiklikes
registrites ja saad kasutada sadu teenuseid: registreerida elukohta, kontrollida
ravikindlustust ja töötamise andmeid, vaadata laste kooliandmeid ning saada ametlikke kirju oma
isiklikule @eesti.ee aadressile.

1. Logi sisse eesti.ee portaali ID-kaardi, elamisloakaardi, Mobiil-ID või Smart-ID-ga. Soovi
   korral vali lehe ülaosast inglise või vene keel.
2. Ava oma isikuandmed ja kontrolli aadressi, pereliikmeid ja dokumente. Kui midagi on valesti,
   võta ühendust asutusega, kes neid andmeid haldab.
3. Suuna oma @eesti.ee e-post aadressile, mida loed iga päev, et sa ei jätaks ametiasutuste
   kirju lugemata.
4. Kasuta teenuse leidmiseks otsingut, näiteks sõnu „elukoht” või „toetus”. Paljud teenused
   avavad asutuse enda iseteeninduse.
5. Logi välja, kui oled lõpetanud, eriti ühiskasutuses arvutis.

## Abi saamine

E-vormide täitmine võib uues keeles olla keeruline. Rahvaraamatukogudes on arvutid ja töötajad,
kes oskavad põhitõdesid näidata. Lõimumisnõustamise keskused aitavad uussisserändajatel vorme
täita kohapeal ja mitmes keeles. Ära anna oma PIN-koode kellelegi, kes sind aitab: abistaja
peab sind juhendama, mitte sinu eest sisse logima.""",
            },
            "ru": {
                "title": "Электронные услуги и eesti.ee",
                "summary": (
                    "Что можно сделать на государственном портале eesti.ee и где получить помощь с"
                    " онлайн-формами."
                ),
                "body": """eesti.ee — государственный портал Эстонии. Там можно посмотреть свои
данные в государственных регистрах и пользоваться сотнями услуг: зарегистрировать место
жительства, проверить медицинскую страховку и данные о работе, посмотреть школьные данные детей
и получать официальные письма на личный адрес @eesti.ee.

1. Войдите на eesti.ee с ID-картой, картой вида на жительство, Mobiil-ID или Smart-ID. При
   желании выберите вверху страницы английский или русский язык.
2. Откройте свои личные данные и проверьте адрес, членов семьи и документы. Если что-то
   неверно, обратитесь в учреждение, которое ведёт эти данные.
3. Настройте пересылку почты @eesti.ee на адрес, который вы читаете каждый день, чтобы не
   пропустить письма от учреждений.
4. Ищите услуги через поиск, например по словам «место жительства» или «пособие». Многие услуги
   открывают собственное самообслуживание учреждения.
5. Выходите из системы после работы, особенно на общем компьютере.

## Где получить помощь

Заполнять онлайн-формы на новом языке бывает трудно. В публичных библиотеках есть компьютеры и
сотрудники, которые покажут основы. Центры интеграционного консультирования помогают приезжим
заполнять формы лично и на нескольких языках. Никогда не сообщайте PIN-коды тому, кто вам
помогает: помощник должен подсказывать, а не входить в систему за вас.""",
            },
        },
    },
    {
        "slug": "discrimination-where-to-get-help",
        "topics": ["rights-discrimination", "rights-complaints", "rights-legal-aid"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Discrimination: where to get help",
                "summary": (
                    "What counts as discrimination in Estonia and how to get free advice or make a"
                    " complaint."
                ),
                "body": """Discrimination means being treated worse than others because of your
ethnic origin, race, colour, religion or beliefs, age, disability, sexual orientation or sex.
In Estonia it is forbidden at work and, in many cases, in education, health care, housing and
services. Harassment and threats are not acceptable either.

1. Write down what happened as soon as possible: the date, the place, who was involved, what
   was said or done, and the names of any witnesses.
2. Keep evidence: messages, e-mails, job advertisements, screenshots and photos.
3. Get free advice from the Gender Equality and Equal Treatment Commissioner (volinik.ee). The
   Commissioner can give an opinion on whether you were discriminated against.
4. If a state or local authority treated you unfairly, you can turn to the Chancellor of
   Justice (oiguskantsler.ee).
5. For disputes at work, you can apply to the labour dispute committee or a court and claim
   compensation. Check the deadlines, because they can be short.

## Violence or threats

If you were attacked or threatened because of who you are, call 112 or report it to the police.
You can also get help from victim support of the Social Insurance Board. The Estonian Human
Rights Centre gives free legal advice to people who have faced discrimination or hate crime.""",
            },
            "et": {
                "title": "Diskrimineerimine: kust saada abi",
                "summary": (
                    "Mida loetakse Eestis diskrimineerimiseks ja kuidas saada tasuta nõu või "
                    "esitada kaebus."
                ),
                "body": """Diskrimineerimine tähendab, et sind koheldakse teistest halvemini
sinu rahvuse, rassi, nahavärvuse, usu või veendumuste, vanuse, puude, seksuaalse sättumuse või
soo tõttu. Eestis on see keelatud tööl ja paljudel juhtudel ka hariduses, tervishoius, eluaseme
saamisel ja teenuste osutamisel. Vastuvõetamatud on ka ahistamine ja ähvardused.

1. Pane juhtunu võimalikult kiiresti kirja: kuupäev, koht, kes olid seotud, mida öeldi või
   tehti ja tunnistajate nimed.
2. Hoia alles tõendid: sõnumid, e-kirjad, töökuulutused, ekraanipildid ja fotod.
3. Küsi tasuta nõu soolise võrdõiguslikkuse ja võrdse kohtlemise volinikult (volinik.ee).
   Volinik saab anda arvamuse, kas sind diskrimineeriti.
4. Kui riigi- või kohaliku omavalitsuse asutus kohtles sind ebaõiglaselt, võid pöörduda
   õiguskantsleri poole (oiguskantsler.ee).
5. Töövaidluste korral võid pöörduda töövaidluskomisjoni või kohtusse ja nõuda hüvitist.
   Kontrolli tähtaegu, sest need võivad olla lühikesed.

## Vägivald või ähvardused

Kui sind rünnati või ähvardati selle tõttu, kes sa oled, helista 112 või teata juhtunust
politseile. Abi saad ka Sotsiaalkindlustusameti ohvriabist. Eesti Inimõiguste Keskus annab
tasuta õigusnõu inimestele, kes on kogenud diskrimineerimist või vihakuritegu.""",
            },
            "ru": {
                "title": "Дискриминация: где получить помощь",
                "summary": (
                    "Что считается дискриминацией в Эстонии и как получить бесплатную консультацию"
                    " или подать жалобу."
                ),
                "body": """Дискриминация — это когда с вами обращаются хуже, чем с другими,
из-за вашего этнического происхождения, расы, цвета кожи, религии или убеждений, возраста,
инвалидности, сексуальной ориентации или пола. В Эстонии она запрещена на работе и во многих
случаях также в образовании, здравоохранении, при получении жилья и услуг. Домогательства и
угрозы также недопустимы.

1. Как можно скорее запишите, что произошло: дату, место, кто был вовлечён, что было сказано
   или сделано, и имена свидетелей.
2. Сохраните доказательства: сообщения, электронные письма, объявления о вакансиях, скриншоты и
   фотографии.
3. Получите бесплатную консультацию у Уполномоченного по вопросам гендерного равноправия и
   равного обращения (volinik.ee). Уполномоченный может дать заключение, была ли дискриминация.
4. Если с вами несправедливо обошлось государственное учреждение или местное самоуправление,
   можно обратиться к канцлеру юстиции (oiguskantsler.ee).
5. При трудовых спорах можно обратиться в комиссию по трудовым спорам или в суд и потребовать
   компенсацию. Проверьте сроки: они могут быть короткими.

## Насилие или угрозы

Если на вас напали или вам угрожали из-за того, кто вы есть, звоните 112 или сообщите в
полицию. Помощь можно получить и в службе помощи жертвам Департамента социального страхования.
Эстонский центр по правам человека бесплатно консультирует людей, столкнувшихся с
дискриминацией или преступлением на почве ненависти.""",
            },
        },
    },
    {
        "slug": "domestic-violence-help-now",
        "topics": ["family-domestic-violence"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Domestic violence: where to get help now",
                "summary": (
                    "If someone at home hurts, threatens or controls you, help is available at any"
                    " time, free of charge and confidentially."
                ),
                "body": """Domestic violence is not only hitting. It also includes threats,
humiliation, controlling your money or documents, sexual violence and keeping you away from
friends and family. It is a crime in Estonia, whatever your residence status. You are not to
blame, and you do not have to cope alone.

1. If you are in danger now, call 112. The police will come and can order the violent person to
   stay away from you.
2. Call the victim support crisis line 116 006. It is free and open 24 hours a day, and you can
   get help in Estonian, Russian or English. You can also chat on palunabi.ee.
3. Contact a women's support centre. There is one in every county, offering safe shelter,
   counselling and legal advice.
4. Make a safety plan: keep your documents, phone, money and medicines where you can take them
   quickly, and agree on a code word with someone you trust.
5. If children are at risk or have seen violence, tell the child protection worker of your
   local government or call the children's helpline 116 111.

## Your residence permit

Many people fear that leaving a violent partner means losing their residence permit. Ask for
advice before you decide: in many cases you can keep your permit or get one of your own. Your
counsellor can arrange an interpreter and go through your options with you confidentially.""",
            },
            "et": {
                "title": "Lähisuhtevägivald: kust saada abi kohe",
                "summary": (
                    "Kui keegi kodus teeb sulle haiget, ähvardab või kontrollib sind, saad abi "
                    "igal ajal, tasuta ja konfidentsiaalselt."
                ),
                "body": """Lähisuhtevägivald ei ole ainult löömine. See on ka ähvardamine,
alandamine, sinu raha või dokumentide kontrollimine, seksuaalne vägivald ning sinu eemal
hoidmine sõpradest ja perest. Eestis on see kuritegu, olenemata sinu elamisloast. Sina ei ole
süüdi ja sa ei pea sellega üksi toime tulema.

1. Kui oled praegu ohus, helista 112. Politsei tuleb kohale ja võib kohustada vägivallatsejat
   sinust eemale hoidma.
2. Helista ohvriabi kriisitelefonile 116 006. See on tasuta ja avatud ööpäev läbi ning abi saad
   eesti, vene või inglise keeles. Võid kirjutada ka vestlusaknas palunabi.ee lehel.
3. Võta ühendust naiste tugikeskusega. Igas maakonnas on tugikeskus, mis pakub turvalist
   peavarju, nõustamist ja õigusabi.
4. Koosta turvaplaan: hoia dokumente, telefoni, raha ja ravimeid kohas, kust saad need kiiresti
   kaasa võtta, ning lepi usaldusväärse inimesega kokku salasõna.
5. Kui lapsed on ohus või on vägivalda näinud, teavita kohaliku omavalitsuse
   lastekaitsetöötajat või helista lasteabi telefonile 116 111.

## Sinu elamisluba

Paljud kardavad, et vägivaldsest partnerist lahkumine tähendab elamisloa kaotamist. Küsi nõu
enne otsustamist: paljudel juhtudel saad elamisloa säilitada või saada enda nimele eraldi loa.
Nõustaja saab tellida tõlgi ja vaadata sinu võimalused sinuga konfidentsiaalselt läbi.""",
            },
            "ru": {
                "title": "Домашнее насилие: где получить помощь прямо сейчас",
                "summary": (
                    "Если кто-то дома причиняет вам боль, угрожает или контролирует вас, помощь "
                    "доступна в любое время, бесплатно и конфиденциально."
                ),
                "body": """Домашнее насилие — это не только побои. Это также угрозы, унижения,
контроль над вашими деньгами или документами, сексуальное насилие и изоляция от друзей и
родных. В Эстонии это преступление, независимо от вашего статуса проживания. Вы не виноваты и
не обязаны справляться в одиночку.

1. Если вы в опасности прямо сейчас, звоните 112. Полиция приедет и может обязать агрессора
   держаться от вас подальше.
2. Звоните на кризисный телефон помощи жертвам 116 006. Он бесплатный и работает круглосуточно,
   помощь можно получить на эстонском, русском или английском языке. Можно также написать в чат
   на palunabi.ee.
3. Обратитесь в центр поддержки женщин. Такой центр есть в каждом уезде: там предлагают
   безопасное убежище, консультации и юридическую помощь.
4. Составьте план безопасности: держите документы, телефон, деньги и лекарства там, откуда их
   можно быстро забрать, и договоритесь о кодовом слове с человеком, которому доверяете.
5. Если дети в опасности или видели насилие, сообщите специалисту по защите детей местного
   самоуправления или позвоните на детский телефон доверия 116 111.

## Ваш вид на жительство

Многие боятся, что, уйдя от партнёра-агрессора, потеряют вид на жительство. Посоветуйтесь,
прежде чем принимать решение: во многих случаях можно сохранить вид на жительство или получить
собственный. Консультант может пригласить переводчика и конфиденциально обсудить с вами ваши
возможности.""",
            },
            "fi": {
                "title": "Lähisuhdeväkivalta: mistä saat apua heti",
                "summary": (
                    "Jos joku kotona satuttaa, uhkailee tai kontrolloi sinua, saat apua mihin "
                    "aikaan tahansa, maksutta ja luottamuksellisesti."
                ),
                "body": """Lähisuhdeväkivalta ei ole vain lyömistä. Siihen kuuluvat myös
uhkailu, nöyryyttäminen, rahojesi tai asiakirjojesi kontrollointi, seksuaalinen väkivalta ja
sinun eristämisesi ystävistä ja perheestä. Virossa se on rikos oleskeluasemastasi riippumatta.
Se ei ole sinun syytäsi, eikä sinun tarvitse selviytyä yksin.

1. Jos olet vaarassa juuri nyt, soita 112. Poliisi tulee paikalle ja voi määrätä väkivallan
   tekijän pysymään sinusta erossa.
2. Soita Viron rikosuhrien tuen kriisipuhelimeen 116 006. Se on maksuton ja auki ympäri
   vuorokauden, ja apua saa viroksi, venäjäksi tai englanniksi. Voit myös chattailla
   osoitteessa palunabi.ee.
3. Ota yhteyttä naisten tukikeskukseen. Jokaisessa maakunnassa on tukikeskus, joka tarjoaa
   turvallisen suojan, neuvontaa ja oikeudellista apua.
4. Tee turvasuunnitelma: pidä asiakirjat, puhelin, rahat ja lääkkeet paikassa, josta saat ne
   nopeasti mukaan, ja sovi luotettavan ihmisen kanssa tunnussanasta.
5. Jos lapset ovat vaarassa tai ovat nähneet väkivaltaa, kerro paikallishallinnon
   lastensuojelutyöntekijälle tai soita lasten neuvontapuhelimeen 116 111.

## Oleskelulupasi

Moni pelkää menettävänsä oleskelulupansa, jos jättää väkivaltaisen kumppanin. Kysy neuvoa ennen
kuin päätät: monessa tapauksessa voit säilyttää luvan tai saada oman luvan. Neuvoja voi tilata
tulkin ja käydä vaihtoehtosi kanssasi läpi luottamuksellisesti.""",
            },
            "sv": {
                "title": "Våld i nära relationer: här får du hjälp nu",
                "summary": (
                    "Om någon i hemmet skadar, hotar eller kontrollerar dig kan du få hjälp när "
                    "som helst, kostnadsfritt och konfidentiellt."
                ),
                "body": """Våld i nära relationer är inte bara slag. Det är också hot,
förnedring, kontroll över dina pengar eller dokument, sexuellt våld och att hålla dig borta
från vänner och familj. Det är ett brott i Estland, oavsett vilken uppehållsstatus du har. Det
är inte ditt fel, och du behöver inte klara dig ensam.

1. Om du är i fara just nu, ring 112. Polisen kommer och kan ålägga förövaren att hålla sig
   borta från dig.
2. Ring brottsofferstödets krisnummer 116 006. Det är kostnadsfritt och öppet dygnet runt, och
   du kan få hjälp på estniska, ryska eller engelska. Du kan också chatta på palunabi.ee.
3. Kontakta ett stödcenter för kvinnor. Det finns ett i varje landskap, och där erbjuds skyddat
   boende, rådgivning och juridisk hjälp.
4. Gör en säkerhetsplan: förvara dokument, telefon, pengar och mediciner där du snabbt kan ta
   dem med dig, och kom överens om ett kodord med någon du litar på.
5. Om barn är i fara eller har sett våld, kontakta kommunens barnskyddsarbetare eller ring
   barnens hjälptelefon 116 111.

## Ditt uppehållstillstånd

Många är rädda att de förlorar sitt uppehållstillstånd om de lämnar en våldsam partner. Be om
råd innan du bestämmer dig: i många fall kan du behålla tillståndet eller få ett eget. Din
rådgivare kan ordna en tolk och gå igenom dina möjligheter med dig i förtroende.""",
            },
            "uk": {
                "title": "Домашнє насильство: де отримати допомогу зараз",
                "summary": (
                    "Якщо хтось удома завдає вам болю, погрожує чи контролює вас, допомога "
                    "доступна будь-коли, безкоштовно та конфіденційно."
                ),
                "body": """Домашнє насильство — це не лише побиття. Це також погрози,
приниження, контроль над вашими грошима чи документами, сексуальне насильство та ізоляція від
друзів і родини. В Естонії це злочин, незалежно від вашого статусу проживання. Ви не винні й не
мусите впоратися самотужки.

1. Якщо ви в небезпеці просто зараз, телефонуйте 112. Поліція приїде й може зобов'язати
   кривдника триматися від вас подалі.
2. Телефонуйте на кризовий телефон допомоги постраждалим 116 006. Він безкоштовний і працює
   цілодобово, допомогу можна отримати естонською, російською або англійською мовою. Також
   можна написати в чат на palunabi.ee.
3. Зверніться до центру підтримки жінок. Такий центр є в кожному повіті: там пропонують
   безпечний притулок, консультації та правову допомогу.
4. Складіть план безпеки: тримайте документи, телефон, гроші та ліки там, звідки їх можна
   швидко забрати, і домовтеся про кодове слово з людиною, якій довіряєте.
5. Якщо діти в небезпеці або бачили насильство, повідомте фахівця із захисту дітей місцевого
   самоврядування або зателефонуйте на дитячу лінію допомоги 116 111.

## Ваш дозвіл на проживання

Багато хто боїться, що, пішовши від кривдника, втратить дозвіл на проживання. Порадьтеся, перш
ніж ухвалювати рішення: у багатьох випадках можна зберегти дозвіл або отримати власний.
Консультант може запросити перекладача й конфіденційно обговорити з вами ваші можливості.""",
            },
            "ar": {
                "title": "العنف الأسري: أين تحصل على المساعدة الآن",
                "summary": (
                    "إذا كان أحد في البيت يؤذيك أو يهددك أو يتحكم بك، فالمساعدة متاحة في أي وقت، "
                    "مجانًا وبسرية تامة."
                ),
                "body": """العنف الأسري ليس الضرب فقط، بل يشمل أيضًا التهديد والإهانة والتحكم
في أموالك أو وثائقك والعنف الجنسي وعزلك عن أصدقائك وعائلتك. وهو جريمة في إستونيا مهما كان وضع
إقامتك. أنت لست المذنب، ولست مضطرًا إلى مواجهة ذلك وحدك.

1. إذا كنت في خطر الآن، فاتصل بالرقم 112. ستحضر الشرطة، ويمكنها أن تُلزم الشخص المعتدي
   بالابتعاد عنك.
2. اتصل بخط الأزمات لدعم الضحايا 116 006، وهو مجاني ويعمل على مدار الساعة، ويمكنك الحصول على
   المساعدة بالإستونية أو الروسية أو الإنجليزية. ويمكنك أيضًا استخدام المحادثة الكتابية على
   موقع palunabi.ee.
3. تواصل مع مركز دعم النساء. يوجد مركز في كل مقاطعة، ويقدم مأوى آمنًا واستشارات ومساعدة
   قانونية.
4. ضع خطة للسلامة: احتفظ بوثائقك وهاتفك ونقودك وأدويتك في مكان يسهل أخذها منه بسرعة، واتفق مع
   شخص تثق به على كلمة سر.
5. إذا كان الأطفال في خطر أو شاهدوا العنف، فأبلغ موظف حماية الطفل في الحكومة المحلية أو اتصل
   بخط مساعدة الأطفال 116 111.

## تصريح إقامتك

يخشى كثيرون أن يؤدي ترك الشريك العنيف إلى فقدان تصريح الإقامة. اطلب المشورة قبل أن تقرر، ففي
حالات كثيرة يمكنك الاحتفاظ بتصريحك أو الحصول على تصريح خاص بك. يمكن لمستشارك أن يرتب حضور مترجم
وأن يراجع خياراتك معك بسرية.""",
            },
        },
    },
    {
        "slug": "settle-in-estonia-programme",
        "topics": ["programmes-settle-in", "programmes-civic-orientation"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "The Settle in Estonia programme",
                "summary": (
                    "A free adaptation programme for newcomers in their first five years in "
                    "Estonia."
                ),
                "body": """Settle in Estonia is a free adaptation programme for foreigners who
have lived in Estonia legally for less than five years. It helps you understand how the state
and society work, find your way in everyday life and start learning Estonian. Beneficiaries of
international and temporary protection and their family members can take part too.

The programme is made up of modules. The basic module covers the state, public services, work,
health, education and culture. Thematic modules cover work and entrepreneurship, studying,
research, family life and international protection. There is also a free A1 Estonian course.

1. Check that you are eligible: your first residence permit or right of residence was granted
   less than five years ago.
2. Look at the schedule on settleinestonia.ee and choose a module in a language you understand,
   usually English, Russian or Ukrainian.
3. Register online and confirm your place.
4. Attend the whole module. Bring your questions: the trainers explain things that many
   newcomers find confusing.
5. After the module, you receive a certificate of participation.

## Why take part

The modules save you time later: you learn where to go for what, and you meet other newcomers
in a similar situation. Many participants continue with a language course or a work-related
module.""",
            },
            "et": {
                "title": "Kohanemisprogramm „Settle in Estonia”",
                "summary": (
                    "Tasuta kohanemisprogramm uussisserändajatele nende esimese viie Eestis elatud"
                    " aasta jooksul."
                ),
                "body": """„Settle in Estonia” on tasuta kohanemisprogramm välismaalastele, kes
on elanud Eestis seaduslikult vähem kui viis aastat. See aitab mõista, kuidas riik ja ühiskond
toimivad, leida teed igapäevaelus ja alustada eesti keele õppimist. Osaleda saavad ka
rahvusvahelise ja ajutise kaitse saajad ning nende pereliikmed.

Programm koosneb moodulitest. Baasmoodul räägib riigist, avalikest teenustest, tööst,
tervisest, haridusest ja kultuurist. Teemamoodulid käsitlevad tööd ja ettevõtlust, õppimist,
teadustööd, pereelu ja rahvusvahelist kaitset. Lisaks on tasuta A1-taseme eesti keele kursus.

1. Kontrolli, kas sul on osalemise õigus: sinu esimene elamisluba või elamisõigus on antud
   vähem kui viis aastat tagasi.
2. Vaata ajakava settleinestonia.ee lehelt ja vali moodul keeles, millest aru saad, tavaliselt
   inglise, vene või ukraina keeles.
3. Registreeru internetis ja kinnita oma koht.
4. Osale kogu moodulis. Võta kaasa oma küsimused: koolitajad selgitavad asju, mis tekitavad
   paljudes uussisserändajates segadust.
5. Pärast moodulit saad osalemistunnistuse.

## Miks osaleda

Moodulid säästavad hiljem aega: saad teada, kuhu millega pöörduda, ja kohtud teiste
uussisserändajatega, kes on sarnases olukorras. Paljud osalejad jätkavad keelekursuse või tööga
seotud mooduliga.""",
            },
            "ru": {
                "title": "Программа адаптации Settle in Estonia",
                "summary": (
                    "Бесплатная программа адаптации для приезжих в первые пять лет жизни в Эстонии."
                ),
                "body": """Settle in Estonia — бесплатная программа адаптации для иностранцев,
которые законно живут в Эстонии меньше пяти лет. Она помогает понять, как устроены государство
и общество, разобраться в повседневной жизни и начать учить эстонский язык. Участвовать могут и
получатели международной и временной защиты, и члены их семей.

Программа состоит из модулей. Базовый модуль рассказывает о государстве, публичных услугах,
работе, здоровье, образовании и культуре. Тематические модули посвящены работе и
предпринимательству, учёбе, научной работе, семейной жизни и международной защите. Есть также
бесплатный курс эстонского языка уровня A1.

1. Проверьте, имеете ли вы право участвовать: ваш первый вид на жительство или право на
   проживание выдано меньше пяти лет назад.
2. Посмотрите расписание на settleinestonia.ee и выберите модуль на понятном вам языке, обычно
   английском, русском или украинском.
3. Зарегистрируйтесь онлайн и подтвердите своё место.
4. Пройдите модуль полностью. Приходите с вопросами: тренеры объясняют то, что сбивает с толку
   многих приезжих.
5. После модуля вы получите свидетельство об участии.

## Зачем участвовать

Модули экономят время в будущем: вы узнаете, куда обращаться по каким вопросам, и познакомитесь
с другими приезжими в похожей ситуации. Многие участники продолжают на языковом курсе или в
модуле, связанном с работой.""",
            },
        },
    },
    {
        "slug": "support-person-service",
        "topics": ["social-support-person", "residence-international-protection"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Support-person service for beneficiaries of international protection",
                "summary": (
                    "How a support person helps refugees in their first months in Estonia and how "
                    "the service works."
                ),
                "body": """When you receive international protection in Estonia, you are
entitled to a support person. The Social Insurance Board organises the service, and it is free.
A support person helps you take the first practical steps in a new country, in your own
language or with an interpreter.

The support person is with you for the first months, and in some cases for up to a year. After
that, a coordinator, volunteer mentors and peer counsellors can continue to support you.

1. Meet your support person soon after the decision. Together you make a list of what needs to
   be done first.
2. Register your place of residence, check your personal code and open a bank account.
3. Find a home: the local government helps to find housing, and the support person can come
   with you to viewings and help you understand the rental contract.
4. Register with a family doctor and with Töötukassa, and apply for the benefits you are
   entitled to.
5. Enrol your children in kindergarten or school, and sign up for the Settle in Estonia
   programme and an Estonian course.

## Your role

The support person helps you do things but does not do everything for you: the aim is that you
can manage on your own. If the cooperation does not work, tell the Social Insurance Board; you
can ask for a different support person. Your information is kept confidential.""",
            },
            "et": {
                "title": "Tugiisikuteenus rahvusvahelise kaitse saajatele",
                "summary": (
                    "Kuidas tugiisik aitab pagulasi nende esimestel kuudel Eestis ja kuidas teenus"
                    " toimib."
                ),
                "body": """Kui saad Eestis rahvusvahelise kaitse, on sul õigus tugiisikule.
Teenust korraldab Sotsiaalkindlustusamet ja see on tasuta. Tugiisik aitab sul astuda uues
riigis esimesi praktilisi samme, sinu emakeeles või tõlgi abiga.

Tugiisik on sinuga esimestel kuudel, mõnel juhul kuni aasta. Seejärel saavad sind toetada
koordinaator, vabatahtlikud mentorid ja kogemusnõustajad.

1. Kohtu tugiisikuga varsti pärast otsust. Koos koostate nimekirja asjadest, mida on vaja
   kõigepealt teha.
2. Registreeri oma elukoht, kontrolli isikukoodi ja ava pangakonto.
3. Leia kodu: kohalik omavalitsus aitab eluaset leida ning tugiisik saab tulla sinuga korterit
   vaatama ja aidata üürilepingust aru saada.
4. Registreeru perearsti juurde ja Töötukassasse ning taotle toetusi, millele sul on õigus.
5. Pane lapsed lasteaeda või kooli ning registreeru programmi „Settle in Estonia” ja eesti
   keele kursusele.

## Sinu roll

Tugiisik aitab sul asju ajada, kuid ei tee kõike sinu eest: eesmärk on, et saaksid ise hakkama.
Kui koostöö ei suju, anna sellest teada Sotsiaalkindlustusametile; võid paluda teist
tugiisikut. Sinu andmeid hoitakse konfidentsiaalsena.""",
            },
            "ru": {
                "title": "Услуга опорного лица для получателей международной защиты",
                "summary": (
                    "Как опорное лицо помогает беженцам в первые месяцы в Эстонии и как устроена "
                    "эта услуга."
                ),
                "body": """Если вы получили международную защиту в Эстонии, вам положено
опорное лицо. Услугу организует Департамент социального страхования, она бесплатна. Опорное
лицо помогает сделать первые практические шаги в новой стране — на вашем родном языке или с
переводчиком.

Опорное лицо работает с вами в первые месяцы, в некоторых случаях до года. После этого вас
могут поддерживать координатор, волонтёры-наставники и консультанты по опыту.

1. Встретьтесь с опорным лицом вскоре после решения. Вместе вы составите список того, что нужно
   сделать в первую очередь.
2. Зарегистрируйте место жительства, проверьте личный код и откройте банковский счёт.
3. Найдите жильё: местное самоуправление помогает с поиском, а опорное лицо может пойти с вами
   на просмотр и помочь разобраться в договоре аренды.
4. Запишитесь к семейному врачу и зарегистрируйтесь в Töötukassa, подайте заявления на пособия,
   на которые имеете право.
5. Устройте детей в детский сад или школу, запишитесь на программу Settle in Estonia и на курс
   эстонского языка.

## Ваша роль

Опорное лицо помогает вам делать дела, но не делает всё за вас: цель в том, чтобы вы
справлялись самостоятельно. Если сотрудничество не складывается, сообщите в Департамент
социального страхования — можно попросить другое опорное лицо. Ваши данные остаются
конфиденциальными.""",
            },
        },
    },
    {
        "slug": "opening-a-bank-account",
        "topics": ["everyday", "digital-bank-id"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Opening a bank account",
                "summary": (
                    "What you need to open a bank account in Estonia and what to do if a bank says"
                    " no."
                ),
                "body": """You need a bank account to receive your salary and benefits, pay
rent and shop online. Bank IDs also let you log in to many e-services. The largest banks in
Estonia include Swedbank, SEB, LHV, Luminor and Coop Pank.

1. Compare the banks' services and monthly fees on their websites. Some offer cheaper basic
   accounts.
2. Book an appointment or visit a branch. Some banks let you apply online if you already have
   an Estonian ID-card or residence permit card.
3. Bring your passport, your residence permit card or temporary protection document, and your
   Estonian personal code. The bank may also ask about your income, your employer and your
   address.
4. Answer the questions about where your money comes from honestly. Banks must ask them by law.
5. Set up online banking and, if you like, Smart-ID, so you can log in safely.

## If the bank refuses

Everyone who lives legally in the EU has the right to a basic payment account. If a bank
refuses, ask for the reason in writing and try another bank. You can complain to the bank and
then to the Financial Supervision Authority (fi.ee). A counsellor can go with you and help
explain your situation.

Never lend your bank account or bank card to anyone: criminals use other people's accounts to
hide money, and you could be held responsible.""",
            },
            "et": {
                "title": "Pangakonto avamine",
                "summary": (
                    "Mida on vaja Eestis pangakonto avamiseks ja mida teha, kui pank keeldub."
                ),
                "body": """Pangakontot on vaja palga ja toetuste saamiseks, üüri maksmiseks ja
internetist ostmiseks. Pangalingiga saad siseneda ka paljudesse e-teenustesse. Eesti suurimad
pangad on näiteks Swedbank, SEB, LHV, Luminor ja Coop Pank.

1. Võrdle pankade teenuseid ja kuutasusid nende veebilehtedel. Mõni pank pakub soodsamat
   põhikontot.
2. Broneeri aeg või mine pangakontorisse. Mõnes pangas saad taotleda kontot internetis, kui sul
   on juba Eesti ID-kaart või elamisloakaart.
3. Võta kaasa pass, elamisloakaart või ajutise kaitse dokument ja Eesti isikukood. Pank võib
   küsida ka sinu sissetuleku, tööandja ja aadressi kohta.
4. Vasta ausalt küsimustele selle kohta, kust sinu raha tuleb. Pangad on kohustatud neid
   seaduse järgi küsima.
5. Seadista internetipank ja soovi korral Smart-ID, et saaksid turvaliselt sisse logida.

## Kui pank keeldub

Igaühel, kes elab seaduslikult ELis, on õigus põhimakseteenustega arvelduskontole. Kui pank
keeldub, küsi põhjust kirjalikult ja proovi mõnda teist panka. Võid esitada kaebuse pangale ja
seejärel Finantsinspektsioonile (fi.ee). Nõustaja saab tulla sinuga kaasa ja aidata sinu
olukorda selgitada.

Ära laena kunagi oma pangakontot ega pangakaarti kellelegi: kurjategijad kasutavad teiste
inimeste kontosid raha peitmiseks ja vastutus võib langeda sinule.""",
            },
            "ru": {
                "title": "Открытие банковского счёта",
                "summary": (
                    "Что нужно, чтобы открыть банковский счёт в Эстонии, и что делать, если банк "
                    "отказывает."
                ),
                "body": """Банковский счёт нужен, чтобы получать зарплату и пособия, платить за
аренду и делать покупки онлайн. Через банковскую идентификацию можно также входить во многие
электронные услуги. Крупнейшие банки Эстонии — например, Swedbank, SEB, LHV, Luminor и Coop
Pank.

1. Сравните услуги и ежемесячную плату банков на их сайтах. Некоторые предлагают более дешёвые
   базовые счета.
2. Запишитесь на приём или придите в отделение. В некоторых банках можно подать заявку онлайн,
   если у вас уже есть эстонская ID-карта или карта вида на жительство.
3. Возьмите паспорт, карту вида на жительство или документ о временной защите и эстонский
   личный код. Банк может спросить и о вашем доходе, работодателе и адресе.
4. Честно отвечайте на вопросы о происхождении ваших денег. Банки обязаны задавать их по
   закону.
5. Настройте интернет-банк и, при желании, Smart-ID, чтобы безопасно входить в системы.

## Если банк отказывает

Каждый, кто законно проживает в ЕС, имеет право на базовый платёжный счёт. Если банк
отказывает, попросите письменно указать причину и попробуйте другой банк. Можно подать жалобу в
банк, а затем в Финансовую инспекцию (fi.ee). Консультант может пойти с вами и помочь объяснить
вашу ситуацию.

Никогда не одалживайте никому свой банковский счёт или карту: преступники используют чужие
счета, чтобы прятать деньги, и отвечать можете вы.""",
            },
        },
    },
    {
        "slug": "kela-residence-based-social-security",
        "topics": ["health-insurance", "social-family-benefits"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Finland: Kela and residence-based social security",
                "summary": (
                    "How to apply to Kela to be covered by Finnish social security when you move "
                    "to Finland."
                ),
                "body": """When you move to Finland, you are not automatically covered by
Finnish social security. Kela, the Social Insurance Institution of Finland, decides whether you
are covered by residence-based social security. Coverage gives you access to Kela benefits,
such as the Kela card for reimbursed medicines and doctor's visits, child benefit and general
housing allowance.

Kela usually grants coverage if you move to Finland permanently, for example with a residence
permit for at least a year, to live with your family, or for long-term work. If you work in
Finland, you may be covered through your job even if you do not live here permanently.

1. Register with the Digital and Population Data Services Agency (DVV) to get a Finnish
   personal identity code and, if possible, a municipality of residence.
2. Fill in Kela's application for social security coverage when moving to Finland. You can
   apply online at kela.fi with bank IDs or send a paper form.
3. Attach copies of your residence permit, employment contract or other documents that Kela
   asks for.
4. Wait for the decision. Then apply for the benefits you need: each benefit has its own
   application.

## Temporary protection

People with temporary protection can get a municipality of residence after living in Finland
for one year, and can then apply to Kela for coverage. Kela advises in Finnish, Swedish and
English, and you can ask for an interpreter when you book an appointment.""",
            },
            "et": {
                "title": "Soome: Kela ja elukohapõhine sotsiaalkindlustus",
                "summary": (
                    "Kuidas taotleda Kelalt Soome sotsiaalkindlustusega liitumist, kui kolid Soome."
                ),
                "body": """Kui kolid Soome, ei kuulu sa automaatselt Soome sotsiaalkindlustuse
alla. Soome sotsiaalkindlustusamet Kela otsustab, kas oled kaetud elukohapõhise
sotsiaalkindlustusega. Kindlustus annab õiguse Kela hüvitistele, näiteks Kela-kaardile, millega
saad hüvitist ravimite ja arstivisiitide eest, lapsetoetusele ja üldisele eluasemetoetusele.

Üldjuhul annab Kela kindlustuse, kui kolid Soome alaliselt, näiteks vähemalt aastaks antud
elamisloaga, oma pere juurde või pikaajalisele tööle. Kui töötad Soomes, võid olla kindlustatud
töö kaudu ka siis, kui sa ei ela seal alaliselt.

1. Registreeru Soome Digi- ja Rahvastikuandmete Ametis (DVV), et saada Soome isikukood ja
   võimaluse korral elukohajärgne omavalitsus (kotikunta).
2. Täida Kela taotlus sotsiaalkindlustusega liitumiseks Soome kolimisel. Taotluse saad esitada
   internetis kela.fi lehel pangatunnustega või saata paberil.
3. Lisa koopiad elamisloast, töölepingust või muudest dokumentidest, mida Kela küsib.
4. Oota otsust. Seejärel taotle hüvitisi, mida vajad: iga hüvitise jaoks on eraldi taotlus.

## Ajutine kaitse

Ajutise kaitse saajad võivad saada elukohajärgse omavalitsuse pärast aastast Soomes elamist ja
seejärel taotleda Kelalt kindlustust. Kela nõustab soome, rootsi ja inglise keeles ning aega
broneerides võid paluda tõlki.""",
            },
            "ru": {
                "title": "Финляндия: Kela и социальное обеспечение по месту жительства",
                "summary": (
                    "Как подать заявление в Kela, чтобы при переезде в Финляндию попасть под "
                    "финское социальное обеспечение."
                ),
                "body": """Переехав в Финляндию, вы не попадаете под финское социальное
обеспечение автоматически. Управление социального страхования Финляндии (Kela) решает,
распространяется ли на вас социальное обеспечение по месту жительства. Оно даёт доступ к
пособиям Kela, например к карте Kela, по которой возмещаются расходы на лекарства и визиты к
врачу, к детскому пособию и общему пособию на жильё.

Обычно Kela предоставляет обеспечение, если вы переезжаете в Финляндию на постоянной основе,
например с видом на жительство не менее чем на год, к семье или на долгосрочную работу. Если вы
работаете в Финляндии, обеспечение может распространяться на вас через работу, даже если вы
живёте здесь не постоянно.

1. Зарегистрируйтесь в Агентстве цифровизации и регистрации населения (DVV), чтобы получить
   финский личный код и, если возможно, муниципалитет проживания (kotikunta).
2. Заполните заявление Kela о распространении социального обеспечения при переезде в Финляндию.
   Подать его можно онлайн на kela.fi с банковскими кодами или отправить бумажную форму.
3. Приложите копии вида на жительство, трудового договора или других документов, которые
   запросит Kela.
4. Дождитесь решения. Затем подавайте заявления на нужные пособия: на каждое пособие —
   отдельное заявление.

## Временная защита

Получатели временной защиты могут получить муниципалитет проживания после года жизни в
Финляндии, а затем подать в Kela заявление об обеспечении. Kela консультирует на финском,
шведском и английском языках, а при записи на приём можно попросить переводчика.""",
            },
            "fi": {
                "title": "Suomi: Kela ja asumisperusteinen sosiaaliturva",
                "summary": "Miten haet Kelasta pääsyä Suomen sosiaaliturvaan, kun muutat Suomeen.",
                "body": """Kun muutat Suomeen, et ole automaattisesti Suomen sosiaaliturvan
piirissä. Kela päättää, kuulutko asumisperusteiseen sosiaaliturvaan. Asumisperusteinen
sosiaaliturva antaa oikeuden Kelan etuuksiin, kuten Kela-korttiin, jolla saat korvausta
lääkkeistä ja lääkärikäynneistä, lapsilisään ja yleiseen asumistukeen.

Kela myöntää sosiaaliturvan yleensä, jos muutat Suomeen pysyvästi, esimerkiksi vähintään vuoden
oleskeluluvalla, perheesi luo tai pitkäaikaiseen työhön. Jos teet työtä Suomessa, voit kuulua
sosiaaliturvaan työn perusteella, vaikka et asuisi täällä pysyvästi. Suomen sosiaaliturva on
siis joko asumisperusteinen tai työskentelyyn perustuva.

1. Rekisteröidy Digi- ja väestötietovirastossa (DVV), jotta saat suomalaisen henkilötunnuksen
   ja mahdollisuuksien mukaan kotikunnan.
2. Täytä Kelan hakemus sosiaaliturvaan Suomeen muutettaessa. Voit hakea verkossa osoitteessa
   kela.fi pankkitunnuksilla tai lähettää paperilomakkeen.
3. Liitä mukaan kopiot oleskeluluvastasi, työsopimuksestasi tai muista asiakirjoista, joita
   Kela pyytää.
4. Odota päätöstä. Hae sen jälkeen tarvitsemiasi etuuksia: jokaista etuutta haetaan erikseen.

## Tilapäinen suojelu

Tilapäistä suojelua saava voi saada kotikunnan, kun hän on asunut Suomessa vuoden, ja hakea sen
jälkeen Kelasta pääsyä asumisperusteiseen sosiaaliturvaan. Kela neuvoo suomeksi, ruotsiksi ja
englanniksi, ja ajan varatessasi voit pyytää tulkkia.""",
            },
            "sv": {
                "title": "Finland: FPA (Kela) och den bosättningsbaserade sociala tryggheten",
                "summary": (
                    "Hur du ansöker hos FPA om att omfattas av den finländska sociala tryggheten "
                    "när du flyttar till Finland."
                ),
                "body": """När du flyttar till Finland omfattas du inte automatiskt av den
finländska sociala tryggheten. Folkpensionsanstalten FPA (på finska Kela) avgör om du omfattas
av den bosättningsbaserade sociala tryggheten. Den ger dig rätt till FPA:s förmåner, till
exempel FPA-kortet som ger ersättning för läkemedel och läkarbesök, barnbidrag och allmänt
bostadsbidrag.

FPA beviljar oftast social trygghet om du flyttar till Finland permanent, till exempel med ett
uppehållstillstånd för minst ett år, för att bo med din familj eller för ett långvarigt arbete.
Om du arbetar i Finland kan du omfattas genom ditt arbete även om du inte bor här permanent.

1. Registrera dig hos Myndigheten för digitalisering och befolkningsdata (DVV) för att få en
   finländsk personbeteckning och om möjligt en hemkommun.
2. Fyll i FPA:s ansökan om social trygghet vid flytt till Finland. Du kan ansöka på nätet på
   kela.fi med bankkoder eller skicka en pappersblankett.
3. Bifoga kopior av ditt uppehållstillstånd, ditt arbetsavtal eller andra dokument som FPA ber
   om.
4. Vänta på beslutet. Ansök sedan om de förmåner du behöver: varje förmån har en egen ansökan.

## Tillfälligt skydd

Personer med tillfälligt skydd kan få en hemkommun när de har bott i Finland i ett år och kan
därefter ansöka hos FPA om att omfattas. FPA ger råd på finska, svenska och engelska, och du
kan be om tolk när du bokar tid.""",
            },
            "uk": {
                "title": "Фінляндія: Kela та соціальне забезпечення за місцем проживання",
                "summary": (
                    "Як подати заяву до Kela, щоб після переїзду до Фінляндії отримати право на "
                    "фінське соціальне забезпечення."
                ),
                "body": """Після переїзду до Фінляндії ви не отримуєте фінське соціальне
забезпечення автоматично. Установа соціального страхування Фінляндії (Kela) вирішує, чи
поширюється на вас соціальне забезпечення за місцем проживання. Воно дає доступ до виплат Kela,
наприклад до картки Kela, за якою відшкодовують витрати на ліки та візити до лікаря, до дитячої
допомоги та загальної допомоги на житло.

Зазвичай Kela надає забезпечення, якщо ви переїжджаєте до Фінляндії на постійно, наприклад із
дозволом на проживання щонайменше на рік, до родини або на довготривалу роботу. Якщо ви
працюєте у Фінляндії, забезпечення може поширюватися на вас через роботу, навіть якщо ви живете
тут не постійно.

1. Зареєструйтеся в Агентстві цифровізації та даних про населення (DVV), щоб отримати фінський
   особистий код і, якщо можливо, муніципалітет проживання (kotikunta).
2. Заповніть заяву Kela про соціальне забезпечення у зв'язку з переїздом до Фінляндії. Подати
   її можна онлайн на kela.fi за допомогою банківських кодів або надіслати паперову форму.
3. Додайте копії дозволу на проживання, трудового договору чи інших документів, які запитає
   Kela.
4. Дочекайтеся рішення. Потім подавайте заяви на потрібні виплати: на кожну виплату — окрема
   заява.

## Тимчасовий захист

Особи з тимчасовим захистом можуть отримати муніципалітет проживання після року життя у
Фінляндії, а потім звернутися до Kela щодо забезпечення. Kela консультує фінською, шведською та
англійською мовами, а під час запису на прийом можна попросити перекладача.""",
            },
            "ar": {
                "title": "فنلندا: مؤسسة Kela والضمان الاجتماعي القائم على الإقامة",
                "summary": (
                    "كيف تتقدم بطلب إلى مؤسسة Kela لتشملك مظلة الضمان الاجتماعي الفنلندي عند "
                    "انتقالك إلى فنلندا."
                ),
                "body": """عندما تنتقل إلى فنلندا لا يشملك الضمان الاجتماعي الفنلندي تلقائيًا.
تقرر مؤسسة التأمين الاجتماعي الفنلندية (Kela) ما إذا كان يشملك الضمان الاجتماعي القائم على
الإقامة. ويمنحك ذلك الحق في إعانات Kela، مثل بطاقة Kela التي تعوّضك عن جزء من تكاليف الأدوية
وزيارات الطبيب، وإعانة الأطفال، وإعانة السكن العامة.

تمنح Kela الضمان عادةً إذا انتقلت إلى فنلندا للإقامة الدائمة، مثلًا بتصريح إقامة لا تقل مدته عن
سنة، أو للعيش مع أسرتك، أو للعمل لفترة طويلة. وإذا كنت تعمل في فنلندا فقد يشملك الضمان عن طريق
عملك حتى لو لم تكن مقيمًا فيها إقامة دائمة.

1. سجّل لدى هيئة الخدمات الرقمية وبيانات السكان (DVV) للحصول على رمز شخصي فنلندي، وعلى بلدية
   إقامة (kotikunta) إن أمكن.
2. املأ طلب Kela الخاص بالضمان الاجتماعي عند الانتقال إلى فنلندا. يمكنك التقديم عبر الإنترنت
   على موقع kela.fi باستخدام الرموز المصرفية أو إرسال نموذج ورقي.
3. أرفق نسخًا من تصريح إقامتك أو عقد عملك أو أي وثائق أخرى تطلبها Kela.
4. انتظر القرار، ثم قدّم طلبات الإعانات التي تحتاجها، فلكل إعانة طلب خاص بها.

## الحماية المؤقتة

يمكن للحاصلين على الحماية المؤقتة الحصول على بلدية إقامة بعد أن يعيشوا في فنلندا سنة واحدة، ثم
التقدم بطلب إلى Kela لتشملهم مظلة الضمان. تقدم Kela الإرشاد بالفنلندية والسويدية والإنجليزية،
ويمكنك طلب مترجم عند حجز موعد.""",
            },
        },
    },
    {
        "slug": "migri-extended-residence-permit",
        "topics": ["residence-extension"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Finland: applying to Migri for an extended residence permit",
                "summary": (
                    "How to apply to the Finnish Immigration Service (Migri) for an extended "
                    "permit before your current permit ends."
                ),
                "body": """If you live in Finland with a fixed-term residence permit and want
to stay, apply for an extended permit before your current permit expires. The Finnish
Immigration Service (Migri) decides on residence permits. If you apply in time, you may stay in
Finland while you wait for the decision, and you can usually continue working on the same terms
as before.

1. Check the end date on your residence permit card. Apply well before it, because processing
   can take months. Current processing times are on migri.fi.
2. Make sure the reason for your stay continues: work, studies, family or other grounds. Each
   has its own application and requirements.
3. Apply online in the Enter Finland service (enterfinland.fi) and pay the processing fee.
   Applying on paper costs more.
4. Upload the attachments Migri asks for, such as your employment contract, pay slips or study
   certificate.
5. Visit a Migri service point if you need to prove your identity or give fingerprints for a
   new card. Book the appointment online.
6. Follow your application in Enter Finland and answer Migri's requests for more information
   quickly.

## Permanent residence

After several years of continuous residence you may be able to apply for a permanent residence
permit. The requirements have been changing, so check the current rules on migri.fi or ask an
adviser at an International House or a low-threshold guidance point.""",
            },
            "et": {
                "title": "Soome: jätkuelamisloa taotlemine Migrilt",
                "summary": (
                    "Kuidas taotleda Soome Migratsiooniametilt (Migri) jätkuelamisluba enne "
                    "praeguse loa lõppemist."
                ),
                "body": """Kui elad Soomes tähtajalise elamisloaga ja soovid jääda, taotle
jätkuelamisluba enne praeguse loa lõppu. Elamislubade üle otsustab Soome Migratsiooniamet
(Migri). Kui esitad taotluse õigel ajal, võid otsust oodates Soome jääda ja tavaliselt ka
samadel tingimustel edasi töötada.

1. Vaata elamisloakaardilt kehtivuse lõppkuupäeva. Esita taotlus aegsasti, sest menetlus võib
   kesta kuid. Praegused menetlusajad on migri.fi lehel.
2. Veendu, et sinu viibimise põhjus kestab: töö, õpingud, perekond või muu alus. Igaühel on oma
   taotlus ja nõuded.
3. Esita taotlus internetis Enter Finlandi teenuses (enterfinland.fi) ja tasu menetlustasu.
   Paberil taotlemine on kallim.
4. Laadi üles lisad, mida Migri küsib, näiteks tööleping, palgalehed või õppimistõend.
5. Mine Migri teeninduspunkti, kui pead tõendama oma isikut või andma uue kaardi jaoks
   sõrmejäljed. Broneeri aeg internetis.
6. Jälgi oma taotlust Enter Finlandis ja vasta Migri lisateabe päringutele kiiresti.

## Alaline elamisluba

Pärast mitut aastat järjepidevat elamist võid saada taotleda alalist elamisluba. Nõuded on
viimasel ajal muutunud, seega kontrolli kehtivaid reegleid migri.fi lehelt või küsi nõu
International House'i või madala lävendiga nõustamispunkti nõustajalt.""",
            },
            "ru": {
                "title": "Финляндия: продление вида на жительство в Migri",
                "summary": (
                    "Как подать в Миграционную службу Финляндии (Migri) ходатайство о продлении "
                    "вида на жительство до окончания срока действующего."
                ),
                "body": """Если вы живёте в Финляндии с временным видом на жительство и хотите
остаться, подайте ходатайство о продлении до окончания срока действующего разрешения. Решения о
видах на жительство принимает Миграционная служба Финляндии (Migri). Если вы подали ходатайство
вовремя, то можете оставаться в Финляндии в ожидании решения и, как правило, продолжать
работать на прежних условиях.

1. Посмотрите дату окончания на карте вида на жительство. Подавайте ходатайство заранее:
   рассмотрение может длиться месяцами. Актуальные сроки рассмотрения указаны на migri.fi.
2. Убедитесь, что причина вашего пребывания сохраняется: работа, учёба, семья или другое
   основание. Для каждого основания своё ходатайство и свои требования.
3. Подайте ходатайство онлайн в сервисе Enter Finland (enterfinland.fi) и оплатите сбор за
   рассмотрение. Подача на бумаге стоит дороже.
4. Загрузите приложения, которые запрашивает Migri, например трудовой договор, расчётные листки
   или справку об учёбе.
5. Посетите пункт обслуживания Migri, если нужно удостоверить личность или сдать отпечатки
   пальцев для новой карты. Запишитесь на приём онлайн.
6. Следите за ходатайством в Enter Finland и быстро отвечайте на запросы Migri о дополнительных
   сведениях.

## Постоянный вид на жительство

После нескольких лет непрерывного проживания можно ходатайствовать о постоянном виде на
жительство. Требования в последнее время менялись, поэтому проверяйте действующие правила на
migri.fi или спросите консультанта в International House или в пункте консультирования с низким
порогом.""",
            },
            "fi": {
                "title": "Suomi: jatkoluvan hakeminen Migristä",
                "summary": (
                    "Miten haet Maahanmuuttovirastosta (Migri) jatkolupaa ennen kuin nykyinen "
                    "oleskelulupasi päättyy."
                ),
                "body": """Jos asut Suomessa määräaikaisella oleskeluluvalla ja haluat jäädä,
hae jatkolupaa ennen kuin nykyinen lupasi päättyy. Oleskeluluvista päättää Maahanmuuttovirasto
(Migri). Kun haet ajoissa, saat odottaa päätöstä Suomessa ja voit yleensä jatkaa työntekoa
samoin ehdoin kuin ennenkin.

1. Tarkista oleskelulupakortista luvan päättymispäivä. Hae hyvissä ajoin, sillä käsittely voi
   kestää kuukausia. Ajantasaiset käsittelyajat ovat osoitteessa migri.fi.
2. Varmista, että oleskelusi peruste jatkuu: työ, opiskelu, perhe tai muu peruste. Jokaisella
   on oma hakemuksensa ja omat edellytyksensä.
3. Hae verkossa Enter Finland -palvelussa (enterfinland.fi) ja maksa käsittelymaksu.
   Paperihakemus on kalliimpi.
4. Lataa liitteet, joita Migri pyytää, esimerkiksi työsopimus, palkkakuitit tai
   opiskelutodistus.
5. Käy Migrin palvelupisteessä, jos sinun pitää todistaa henkilöllisyytesi tai antaa
   sormenjäljet uutta korttia varten. Varaa aika verkossa.
6. Seuraa hakemustasi Enter Finlandissa ja vastaa nopeasti Migrin lisäselvityspyyntöihin.

## Pysyvä oleskelulupa

Usean vuoden yhtäjaksoisen oleskelun jälkeen voit ehkä hakea pysyvää oleskelulupaa.
Edellytykset ovat viime aikoina muuttuneet, joten tarkista voimassa olevat säännöt osoitteesta
migri.fi tai kysy neuvoa International Housesta tai matalan kynnyksen neuvontapisteestä.""",
            },
            "sv": {
                "title": "Finland: ansöka om fortsatt uppehållstillstånd hos Migri",
                "summary": (
                    "Hur du ansöker om fortsatt tillstånd hos Migrationsverket (Migri) innan ditt "
                    "nuvarande tillstånd går ut."
                ),
                "body": """Om du bor i Finland med ett tidsbegränsat uppehållstillstånd och
vill stanna, ansök om fortsatt tillstånd innan ditt nuvarande tillstånd går ut.
Migrationsverket (Migri) beslutar om uppehållstillstånd. Om du ansöker i tid får du stanna i
Finland medan du väntar på beslutet, och du kan oftast fortsätta arbeta på samma villkor som
tidigare.

1. Kontrollera slutdatumet på ditt uppehållstillståndskort. Ansök i god tid, eftersom
   handläggningen kan ta flera månader. Aktuella handläggningstider finns på migri.fi.
2. Se till att grunden för din vistelse fortsätter: arbete, studier, familj eller en annan
   grund. Varje grund har en egen ansökan och egna krav.
3. Ansök på nätet i tjänsten Enter Finland (enterfinland.fi) och betala handläggningsavgiften.
   En ansökan på papper kostar mer.
4. Ladda upp de bilagor som Migri ber om, till exempel arbetsavtal, lönespecifikationer eller
   studieintyg.
5. Besök ett av Migris tjänsteställen om du behöver styrka din identitet eller lämna
   fingeravtryck för ett nytt kort. Boka tiden på nätet.
6. Följ din ansökan i Enter Finland och svara snabbt när Migri ber om tilläggsutredningar.

## Permanent uppehållstillstånd

Efter flera års oavbruten vistelse kan du kanske ansöka om permanent uppehållstillstånd. Kraven
har ändrats på senare tid, så kontrollera de gällande reglerna på migri.fi eller fråga en
rådgivare på ett International House eller en rådgivningspunkt med låg tröskel.""",
            },
        },
    },
    {
        "slug": "employment-services-finland",
        "topics": ["work-unemployment", "work-job-search", "programmes-integration-plan"],
        "audience": "public",
        "translations": {
            "en": {
                "title": "Finland: registering with employment services",
                "summary": (
                    "How to register as a jobseeker in Finland and what the municipal employment "
                    "services offer."
                ),
                "body": """In Finland, public employment services moved from the TE Offices
(TE-palvelut) to municipalities at the beginning of 2025. Your local employment services now
help you look for work, plan training and, for many immigrants, make an integration plan. The
services are free.

1. Register as a jobseeker at Job Market Finland (tyomarkkinatori.fi) with bank IDs or a mobile
   certificate. If you cannot use online services, contact the employment services of your
   municipality.
2. Register on your first day of unemployment at the latest if you want to receive unemployment
   benefit. Benefits are not paid for the time before you registered.
3. Fill in your skills, education and work history. An adviser will contact you for an initial
   interview.
4. Make a job-search plan with the adviser. Many immigrants also get an initial assessment and
   an integration plan, which can include Finnish or Swedish courses.
5. Apply for the agreed number of jobs and report them as agreed. Apply for unemployment
   benefit from Kela, or from your unemployment fund if you are a member.

## Temporary protection and other permits

People with temporary protection can register as jobseekers and use employment services. If you
are unsure whether your permit gives you the right to work, check it on migri.fi or ask the
employment services.""",
            },
            "et": {
                "title": "Soome: registreerumine tööhõiveteenustes",
                "summary": (
                    "Kuidas registreeruda Soomes tööotsijaks ja mida pakuvad omavalitsuste "
                    "tööhõiveteenused."
                ),
                "body": """Soomes läksid avalikud tööhõiveteenused 2025. aasta algusest
TE-büroodelt (TE-palvelut) üle omavalitsustele. Nüüd aitavad kohalikud tööhõiveteenused sul
tööd otsida, koolitust planeerida ja paljudel sisserändajatel koostada kohanemiskava. Teenused
on tasuta.

1. Registreeru tööotsijaks portaalis Job Market Finland (tyomarkkinatori.fi) pangatunnuste või
   mobiilsertifikaadiga. Kui sa ei saa e-teenuseid kasutada, võta ühendust oma omavalitsuse
   tööhõiveteenustega.
2. Registreeru hiljemalt esimesel töötuspäeval, kui soovid saada töötushüvitist.
   Registreerumisele eelnenud aja eest hüvitist ei maksta.
3. Täida andmed oma oskuste, hariduse ja töökogemuse kohta. Nõustaja võtab sinuga ühendust
   esmase vestluse jaoks.
4. Koosta koos nõustajaga tööotsimiskava. Paljud sisserändajad saavad ka alghindamise ja
   kohanemiskava, mis võib sisaldada soome või rootsi keele kursusi.
5. Kandideeri kokkulepitud arvule töökohtadele ja anna neist kokkulepitud viisil teada. Taotle
   töötushüvitist Kelalt või oma töötuskassast, kui oled selle liige.

## Ajutine kaitse ja muud load

Ajutise kaitse saajad saavad registreeruda tööotsijaks ja kasutada tööhõiveteenuseid. Kui sa
pole kindel, kas sinu luba annab õiguse töötada, kontrolli seda migri.fi lehelt või küsi
tööhõiveteenustest.""",
            },
            "ru": {
                "title": "Финляндия: регистрация в службе занятости",
                "summary": (
                    "Как зарегистрироваться ищущим работу в Финляндии и что предлагают "
                    "муниципальные службы занятости."
                ),
                "body": """В Финляндии с начала 2025 года государственные услуги занятости
перешли от бюро TE (TE-palvelut) к муниципалитетам. Теперь местные службы занятости помогают
искать работу, планировать обучение, а многим иммигрантам — составить план интеграции. Услуги
бесплатны.

1. Зарегистрируйтесь как ищущий работу на портале Job Market Finland (tyomarkkinatori.fi) с
   банковскими кодами или мобильным сертификатом. Если вы не можете пользоваться электронными
   услугами, обратитесь в службу занятости своего муниципалитета.
2. Зарегистрируйтесь не позднее первого дня безработицы, если хотите получать пособие по
   безработице. За время до регистрации пособие не выплачивается.
3. Заполните сведения о навыках, образовании и опыте работы. Консультант свяжется с вами для
   первой беседы.
4. Составьте с консультантом план поиска работы. Многие иммигранты также проходят начальную
   оценку и получают план интеграции, в который могут входить курсы финского или шведского
   языка.
5. Откликайтесь на согласованное количество вакансий и сообщайте об этом, как договорились.
   Подайте заявление на пособие по безработице в Kela или в свою кассу по безработице, если вы
   её член.

## Временная защита и другие разрешения

Получатели временной защиты могут зарегистрироваться как ищущие работу и пользоваться услугами
занятости. Если вы не уверены, даёт ли ваше разрешение право работать, проверьте это на
migri.fi или спросите в службе занятости.""",
            },
            "fi": {
                "title": "Suomi: ilmoittautuminen työllisyyspalveluihin",
                "summary": (
                    "Miten ilmoittaudut työnhakijaksi Suomessa ja mitä kunnan työllisyyspalvelut "
                    "tarjoavat."
                ),
                "body": """Suomessa julkiset työllisyyspalvelut siirtyivät vuoden 2025 alussa
TE-toimistoilta (TE-palvelut) kunnille. Nyt paikalliset työllisyyspalvelut auttavat sinua
etsimään työtä, suunnittelemaan koulutusta ja monia maahanmuuttajia laatimaan
kotoutumissuunnitelman. Palvelut ovat maksuttomia.

1. Ilmoittaudu työnhakijaksi Työmarkkinatorilla (tyomarkkinatori.fi) pankkitunnuksilla tai
   mobiilivarmenteella. Jos et pysty käyttämään verkkopalveluja, ota yhteyttä kuntasi
   työllisyyspalveluihin.
2. Ilmoittaudu viimeistään ensimmäisenä työttömyyspäivänä, jos haluat saada työttömyysetuutta.
   Etuutta ei makseta ilmoittautumista edeltävältä ajalta.
3. Täytä tiedot osaamisestasi, koulutuksestasi ja työhistoriastasi. Asiantuntija ottaa sinuun
   yhteyttä alkuhaastattelua varten.
4. Laadi asiantuntijan kanssa työllistymissuunnitelma. Monet maahanmuuttajat saavat myös
   alkukartoituksen ja kotoutumissuunnitelman, johon voi kuulua suomen tai ruotsin kielen
   kursseja.
5. Hae sovittu määrä työpaikkoja ja ilmoita hakemistasi sovitulla tavalla. Hae
   työttömyysetuutta Kelasta tai työttömyyskassastasi, jos olet sen jäsen.

## Tilapäinen suojelu ja muut luvat

Tilapäistä suojelua saavat voivat ilmoittautua työnhakijoiksi ja käyttää työllisyyspalveluja.
Jos et ole varma, antaako lupasi oikeuden tehdä työtä, tarkista asia osoitteesta migri.fi tai
kysy työllisyyspalveluista.""",
            },
            "sv": {
                "title": "Finland: anmäla sig till arbetskraftstjänsterna",
                "summary": (
                    "Hur du anmäler dig som arbetssökande i Finland och vad kommunens "
                    "arbetskraftstjänster erbjuder."
                ),
                "body": """I Finland flyttades de offentliga arbetskraftstjänsterna från
TE-byråerna (TE-tjänster) till kommunerna i början av 2025. Nu hjälper de lokala
arbetskraftstjänsterna dig att söka arbete, planera utbildning och, för många invandrare, att
göra upp en integrationsplan. Tjänsterna är kostnadsfria.

1. Anmäl dig som arbetssökande på Jobbmarknaden (tyomarkkinatori.fi) med bankkoder eller
   mobilcertifikat. Om du inte kan använda e-tjänster, kontakta arbetskraftstjänsterna i din
   kommun.
2. Anmäl dig senast den första arbetslösa dagen om du vill få arbetslöshetsförmån. Förmånen
   betalas inte för tiden före anmälan.
3. Fyll i uppgifter om dina färdigheter, din utbildning och din arbetshistoria. En sakkunnig
   kontaktar dig för en inledande intervju.
4. Gör upp en sysselsättningsplan med den sakkunniga. Många invandrare får också en inledande
   kartläggning och en integrationsplan, som kan innehålla kurser i finska eller svenska.
5. Sök det antal jobb ni har kommit överens om och rapportera dem på det sätt ni har avtalat.
   Ansök om arbetslöshetsförmån hos FPA (Kela) eller hos din arbetslöshetskassa om du är
   medlem.

## Tillfälligt skydd och andra tillstånd

Personer med tillfälligt skydd kan anmäla sig som arbetssökande och använda
arbetskraftstjänsterna. Om du är osäker på om ditt tillstånd ger dig rätt att arbeta,
kontrollera det på migri.fi eller fråga arbetskraftstjänsterna.""",
            },
        },
    },
    {
        "slug": "dvv-registration-finland",
        "topics": ["registration-residence", "registration-personal-code"],
        "audience": "public",
        "translations": {
            "en": {
                "title": (
                    "Finland: registering with the Digital and Population Data Services Agency "
                    "(DVV)"
                ),
                "summary": (
                    "How to register your personal data and address in Finland and get a personal "
                    "identity code and a municipality of residence."
                ),
                "body": """When you move to Finland to stay for more than a year, register your
information in the Finnish Population Information System. The Digital and Population Data
Services Agency (DVV) does this. Registration gives you a Finnish personal identity code
(henkilötunnus) if you do not have one yet, and it can give you a municipality of residence
(kotikunta). The municipality of residence gives you access to municipal services such as
health care and schools.

1. Book an appointment at a DVV service point on dvv.fi. In some cities you can also register
   at an International House.
2. Fill in the registration form for foreigners in advance.
3. Bring your passport or identity card, your residence permit or EU registration certificate,
   and documents about your family, such as marriage and birth certificates. Foreign documents
   may need legalisation and a translation.
4. Visit the service point in person. An official checks your documents and registers your
   data.
5. Whenever you move within Finland, make a notice of change of address no later than one week
   after moving. You can do it online at posti.fi.

## EU citizens

EU citizens first register their right of residence with Migri and then register at DVV. If you
need a personal identity code earlier, for example for work, you can get one from Migri or from
the Tax Administration when you apply for a tax card.""",
            },
            "et": {
                "title": "Soome: registreerumine Digi- ja Rahvastikuandmete Ametis (DVV)",
                "summary": (
                    "Kuidas registreerida Soomes oma isikuandmed ja aadress ning saada isikukood "
                    "ja elukohajärgne omavalitsus."
                ),
                "body": """Kui kolid Soome kauemaks kui aastaks, registreeri oma andmed Soome
rahvastikuandmete süsteemis. Seda teeb Digi- ja Rahvastikuandmete Amet (DVV). Registreerimisel
saad Soome isikukoodi (henkilötunnus), kui sul seda veel ei ole, ja võid saada elukohajärgse
omavalitsuse (kotikunta). Elukohajärgne omavalitsus annab õiguse kohalikele teenustele, näiteks
tervishoiule ja koolile.

1. Broneeri aeg DVV teeninduspunkti dvv.fi lehel. Mõnes linnas saab registreeruda ka
   International House'is.
2. Täida välismaalase registreerimise vorm eelnevalt.
3. Võta kaasa pass või isikutunnistus, elamisluba või ELi kodaniku registreerimistõend ning
   perekonda puudutavad dokumendid, näiteks abielu- ja sünnitunnistused. Välisriigi dokumendid
   võivad vajada legaliseerimist ja tõlget.
4. Mine teeninduspunkti isiklikult. Ametnik kontrollib dokumente ja registreerib sinu andmed.
5. Iga kord, kui kolid Soomes uude kohta, esita elukohamuutuse teade hiljemalt nädal pärast
   kolimist. Seda saab teha internetis posti.fi lehel.

## ELi kodanikud

ELi kodanikud registreerivad kõigepealt oma elamisõiguse Migris ja seejärel registreeruvad
DVV-s. Kui vajad isikukoodi varem, näiteks tööks, saad selle Migrist või maksuametist (Vero)
maksukaardi taotlemisel.""",
            },
            "ru": {
                "title": (
                    "Финляндия: регистрация в Агентстве цифровизации и регистрации населения (DVV)"
                ),
                "summary": (
                    "Как зарегистрировать свои данные и адрес в Финляндии и получить личный код и "
                    "муниципалитет проживания."
                ),
                "body": """Если вы переезжаете в Финляндию больше чем на год, зарегистрируйте
свои данные в финской системе сведений о населении. Это делает Агентство цифровизации и
регистрации населения (DVV). При регистрации вы получаете финский личный код (henkilötunnus),
если у вас его ещё нет, и можете получить муниципалитет проживания (kotikunta). Муниципалитет
проживания даёт доступ к муниципальным услугам, например к здравоохранению и школе.

1. Запишитесь на приём в пункт обслуживания DVV на dvv.fi. В некоторых городах
   зарегистрироваться можно и в International House.
2. Заранее заполните регистрационную форму для иностранцев.
3. Возьмите паспорт или удостоверение личности, вид на жительство или свидетельство о
   регистрации гражданина ЕС, а также документы о семье, например свидетельства о браке и о
   рождении. Иностранным документам может понадобиться легализация и перевод.
4. Придите в пункт обслуживания лично. Чиновник проверит документы и внесёт ваши данные в
   регистр.
5. При каждом переезде внутри Финляндии подавайте уведомление о смене адреса не позднее чем
   через неделю после переезда. Это можно сделать онлайн на posti.fi.

## Граждане ЕС

Граждане ЕС сначала регистрируют право на проживание в Migri, а затем регистрируются в DVV.
Если личный код нужен раньше, например для работы, его можно получить в Migri или в Налоговой
администрации (Vero) при оформлении налоговой карточки.""",
            },
            "fi": {
                "title": "Suomi: rekisteröityminen Digi- ja väestötietovirastoon (DVV)",
                "summary": (
                    "Miten rekisteröit henkilötietosi ja osoitteesi Suomessa sekä saat "
                    "henkilötunnuksen ja kotikunnan."
                ),
                "body": """Kun muutat Suomeen yli vuodeksi, rekisteröi tietosi Suomen
väestötietojärjestelmään. Rekisteröinnin tekee Digi- ja väestötietovirasto (DVV).
Rekisteröinnissä saat suomalaisen henkilötunnuksen, jos sinulla ei vielä ole sitä, ja voit
saada kotikunnan. Kotikunta antaa oikeuden kunnan palveluihin, kuten terveydenhuoltoon ja
kouluun.

1. Varaa aika DVV:n palvelupisteeseen osoitteessa dvv.fi. Joissakin kaupungeissa voit
   rekisteröityä myös International Housessa.
2. Täytä ulkomaalaisen rekisteröintilomake etukäteen.
3. Ota mukaan passi tai henkilökortti, oleskelulupa tai EU-kansalaisen rekisteröintitodistus
   sekä perhettäsi koskevat asiakirjat, kuten vihki- ja syntymätodistukset. Ulkomaiset
   asiakirjat voivat vaatia laillistamisen ja käännöksen.
4. Asioi palvelupisteessä henkilökohtaisesti. Virkailija tarkistaa asiakirjat ja rekisteröi
   tietosi.
5. Aina kun muutat Suomen sisällä, tee muuttoilmoitus viimeistään viikon kuluttua muutosta.
   Voit tehdä sen verkossa osoitteessa posti.fi.

## EU-kansalaiset

EU-kansalaiset rekisteröivät ensin oleskeluoikeutensa Migrissä ja rekisteröityvät sen jälkeen
DVV:hen. Jos tarvitset henkilötunnuksen aiemmin, esimerkiksi työtä varten, saat sen Migristä
tai Verohallinnosta verokorttia hakiessasi.""",
            },
            "sv": {
                "title": (
                    "Finland: registrera dig hos Myndigheten för digitalisering och "
                    "befolkningsdata (DVV)"
                ),
                "summary": (
                    "Hur du registrerar dina personuppgifter och din adress i Finland och får en "
                    "personbeteckning och en hemkommun."
                ),
                "body": """När du flyttar till Finland för att stanna längre än ett år ska du
registrera dina uppgifter i det finländska befolkningsdatasystemet. Det gör Myndigheten för
digitalisering och befolkningsdata (DVV). Vid registreringen får du en finländsk
personbeteckning om du inte redan har en, och du kan få en hemkommun. Hemkommunen ger dig
tillgång till kommunala tjänster som hälsovård och skola.

1. Boka en tid till ett av DVV:s serviceställen på dvv.fi. I vissa städer kan du också
   registrera dig på ett International House.
2. Fyll i blanketten för registrering av utlänningar i förväg.
3. Ta med pass eller identitetskort, uppehållstillstånd eller registreringsintyg för
   EU-medborgare samt dokument om din familj, till exempel vigsel- och födelsebevis. Utländska
   dokument kan behöva legaliseras och översättas.
4. Besök servicestället personligen. En tjänsteman kontrollerar dina dokument och registrerar
   dina uppgifter.
5. Varje gång du flyttar inom Finland ska du göra en flyttanmälan senast en vecka efter
   flytten. Du kan göra den på nätet på posti.fi.

## EU-medborgare

EU-medborgare registrerar först sin uppehållsrätt hos Migri och registrerar sig sedan hos DVV.
Om du behöver en personbeteckning tidigare, till exempel för arbete, kan du få en av Migri
eller av Skatteförvaltningen när du ansöker om skattekort.""",
            },
        },
    },
    {
        "slug": "explaining-temporary-protection-extension",
        "topics": ["residence-temporary-protection", "residence-extension"],
        "audience": "staff",
        "translations": {
            "en": {
                "title": "How to explain the temporary protection extension in a session",
                "summary": (
                    "Practice notes for counsellors on explaining a temporary protection extension"
                    " clearly and checking that the client has understood."
                ),
                "body": """Each time temporary protection is extended, many clients come with
the same worry: "Will I have to leave?" Your task is to give accurate, current information in
plain language and to help with the application where needed. Never guess dates or rules from
memory.

1. Before the session, read the current PPA instructions on politsei.ee and the team's briefing
   note. Write down the key dates and what the client must do.
2. Book an interpreter if the client prefers Ukrainian or Russian and no counsellor on duty
   speaks it. Use a professional interpreter, never the client's child.
3. Start with the answer to the main worry: whether the client can stay, and until when. Then
   explain the steps in short sentences, one at a time.
4. Check the client's own situation: the end date on the card, the registered address and the
   contact details in the PPA system.
5. Ask the client to repeat the steps in their own words, and correct misunderstandings gently.
6. Help fill in the application if the client asks, and let the client enter their own PIN
   codes.
7. Give a written summary or the knowledge page in the client's language.

## After the session

Record the topic, language, interpreter use and outcome, for example "helped with a form". If
the case is complex, such as a long stay abroad or a missing passport, refer the client to the
PPA or a legal adviser with their consent.""",
            },
            "et": {
                "title": "Kuidas selgitada nõustamisel ajutise kaitse pikendamist",
                "summary": (
                    "Praktilised juhised nõustajatele, kuidas ajutise kaitse pikendamist selgelt "
                    "selgitada ja kontrollida, et klient sai aru."
                ),
                "body": """Iga kord, kui ajutist kaitset pikendatakse, tulevad paljud kliendid
sama murega: „Kas ma pean lahkuma?” Sinu ülesanne on anda täpset ja ajakohast teavet lihtsas
keeles ning vajaduse korral aidata taotlusega. Ära kunagi oleta kuupäevi ega reegleid mälu
järgi.

1. Loe enne kohtumist läbi PPA kehtivad juhised politsei.ee lehel ja meeskonna infomaterjal.
   Pane kirja olulised kuupäevad ja see, mida klient peab tegema.
2. Telli tõlk, kui klient eelistab ukraina või vene keelt ja ükski valves olev nõustaja seda
   keelt ei räägi. Kasuta professionaalset tõlki, mitte kunagi kliendi last.
3. Alusta vastusega peamisele murele: kas klient saab jääda ja kui kauaks. Seejärel selgita
   samme lühikeste lausetega, ükshaaval.
4. Kontrolli kliendi enda olukorda: kaardi kehtivuse lõppkuupäeva, registreeritud aadressi ja
   PPA süsteemis olevaid kontaktandmeid.
5. Palu kliendil sammud oma sõnadega üle korrata ja paranda arusaamatusi sõbralikult.
6. Aita taotlust täita, kui klient seda palub, ja lase kliendil PIN-koodid ise sisestada.
7. Anna kliendile kirjalik kokkuvõte või teabeleht tema keeles.

## Pärast kohtumist

Märgi üles teema, keel, tõlgi kasutamine ja tulemus, näiteks „aidatud vormi täita”. Kui juhtum
on keeruline, näiteks pikk viibimine välismaal või puuduv pass, suuna klient tema nõusolekul
PPA-sse või õigusnõustaja juurde. Kui kohtumisel osales tõlk, küsi temalt lühidalt, kas mõni
mõiste tekitas raskusi.""",
            },
            "ru": {
                "title": "Как объяснить продление временной защиты на консультации",
                "summary": (
                    "Практические рекомендации для консультантов: как понятно объяснить продление "
                    "временной защиты и проверить, что клиент всё понял."
                ),
                "body": """Каждый раз, когда временную защиту продлевают, многие клиенты
приходят с одним и тем же вопросом: «Мне придётся уехать?» Ваша задача — дать точную и
актуальную информацию простым языком и при необходимости помочь с ходатайством. Никогда не
называйте даты и правила по памяти.

1. Перед встречей прочитайте действующие инструкции PPA на politsei.ee и информационную записку
   команды. Запишите ключевые даты и то, что должен сделать клиент.
2. Закажите переводчика, если клиент предпочитает украинский или русский язык и никто из
   дежурных консультантов на нём не говорит. Нужен профессиональный переводчик, а не ребёнок
   клиента.
3. Начните с ответа на главный вопрос: может ли клиент остаться и до какого срока. Затем
   объясняйте шаги короткими фразами, по одному.
4. Проверьте ситуацию самого клиента: дату окончания срока на карте, зарегистрированный адрес и
   контактные данные в системе PPA.
5. Попросите клиента пересказать шаги своими словами и мягко исправьте недопонимания.
6. Помогите заполнить ходатайство, если клиент просит, и дайте клиенту самому ввести PIN-коды.
7. Дайте письменное резюме или информационную страницу на языке клиента.

## После встречи

Отметьте тему, язык, участие переводчика и результат, например «помощь с заполнением формы».
Если случай сложный, например долгое пребывание за границей или отсутствие паспорта, направьте
клиента с его согласия в PPA или к юристу.""",
            },
        },
    },
    {
        "slug": "working-with-an-interpreter",
        "topics": ["other"],
        "audience": "staff",
        "translations": {
            "en": {
                "title": "Working with an interpreter in a counselling session",
                "summary": (
                    "Practice notes for counsellors on booking, briefing and working with a "
                    "community interpreter."
                ),
                "body": """A good interpreter lets the client speak freely and understand every
detail. Use a professional interpreter whenever you and the client do not share a language well
enough. Never use the client's child, and avoid relatives and friends: they may change the
message, and the client may not speak openly in front of them.

1. Book early. Record the language and, for Arabic, Persian or Dari, the variety the client
   prefers. Ask whether the client wants a male or a female interpreter.
2. Choose the mode: on-site for sensitive or long sessions, phone or video when presence is not
   needed.
3. Brief the interpreter for a few minutes: the purpose of the session, difficult terms and any
   risks. Check that the interpreter does not know the client personally.
4. At the start, tell the client that the interpreter is bound by confidentiality and will
   interpret everything that is said.
5. Speak directly to the client in the first person, in short sentences, and pause often. Look
   at the client, not at the interpreter.
6. Check understanding by asking the client to summarise the key steps.
7. After a difficult session, offer the interpreter a short debrief.

## Recording

In Silta, record the language, mode, provider, minutes and who booked the interpreter, or note
that you served the client in their language without one.""",
            },
            "et": {
                "title": "Töö tõlgiga nõustamisel",
                "summary": (
                    "Praktilised juhised nõustajatele, kuidas tõlki tellida, ette valmistada ja "
                    "temaga koos töötada."
                ),
                "body": """Hea tõlk võimaldab kliendil vabalt rääkida ja igast üksikasjast aru
saada. Kasuta professionaalset tõlki alati, kui sinul ja kliendil ei ole piisavalt head ühist
keelt. Ära kunagi kasuta tõlgina kliendi last ning väldi sugulasi ja sõpru: nad võivad sõnumit
muuta ja klient ei pruugi nende juuresolekul avameelselt rääkida.

1. Telli tõlk varakult. Märgi üles keel ning araabia, pärsia või dari keele puhul ka
   keelevariant, mida klient eelistab. Küsi, kas klient soovib mees- või naistõlki.
2. Vali tõlke viis: kohapeal tundlike või pikkade kohtumiste puhul, telefoni või video teel
   siis, kui kohalolek ei ole vajalik.
3. Valmista tõlk mõne minutiga ette: kohtumise eesmärk, keerulised mõisted ja võimalikud
   riskid. Kontrolli, et tõlk ei tunne klienti isiklikult.
4. Ütle kohtumise alguses kliendile, et tõlki seob konfidentsiaalsusnõue ja ta tõlgib kõike,
   mida öeldakse.
5. Räägi otse kliendiga, esimeses isikus ja lühikeste lausetega, ning tee sageli pause. Vaata
   klienti, mitte tõlki.
6. Kontrolli arusaamist: palu kliendil peamised sammud kokku võtta.
7. Paku pärast rasket kohtumist tõlgile lühikest järelarutelu.

## Märkimine

Märgi Siltas üles keel, tõlke viis, teenuse osutaja, minutid ja see, kes tõlgi tellis, või
märgi, et teenindasid klienti tema keeles ilma tõlgita.""",
            },
            "ru": {
                "title": "Работа с переводчиком на консультации",
                "summary": (
                    "Практические рекомендации для консультантов: как заказать переводчика, "
                    "подготовить его и работать вместе."
                ),
                "body": """Хороший переводчик позволяет клиенту говорить свободно и понимать
каждую деталь. Приглашайте профессионального переводчика всякий раз, когда у вас с клиентом нет
достаточно хорошего общего языка. Никогда не используйте в качестве переводчика ребёнка клиента
и избегайте родственников и друзей: они могут исказить сказанное, а клиент может не решиться
говорить при них откровенно.

1. Заказывайте заранее. Укажите язык, а для арабского, персидского или дари — вариант языка,
   который предпочитает клиент. Спросите, нужен ли клиенту переводчик-мужчина или переводчица.
2. Выберите формат: очно — для деликатных или долгих встреч, по телефону или видео — когда
   присутствие не требуется.
3. Коротко проинструктируйте переводчика: цель встречи, сложные термины и возможные риски.
   Убедитесь, что переводчик не знаком с клиентом лично.
4. В начале встречи скажите клиенту, что переводчик соблюдает конфиденциальность и переводит
   всё, что говорится.
5. Обращайтесь напрямую к клиенту, от первого лица, короткими фразами и чаще делайте паузы.
   Смотрите на клиента, а не на переводчика.
6. Проверьте понимание: попросите клиента кратко пересказать главные шаги.
7. После трудной встречи предложите переводчику коротко обсудить её.

## Учёт

В Silta отметьте язык, формат, поставщика услуги, количество минут и то, кто заказал
переводчика, или что вы обслужили клиента на его языке без переводчика.""",
            },
        },
    },
]
