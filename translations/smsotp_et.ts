<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>AccessRightsSettingsPage</name>
    <message>
        <source>What users may do with their own SMS authenticator in self-service. Administrators and the help desk in this console are not bound by these rights.</source>
        <translation>Mida kasutajad võivad iseteeninduses oma SMS-autentijaga teha. Selle konsooli administraatorid ja kasutajatugi ei ole nende õigustega piiratud.</translation>
    </message>
    <message>
        <source>&amp;Deny use of SMS OTP</source>
        <translation>&amp;Keela SMS OTP kasutamine</translation>
    </message>
    <message>
        <source>When ticked, nobody can sign in with an SMS code: every request is refused (event 1202).</source>
        <translation>Kui see on märgitud, ei saa keegi SMS-koodiga sisse logida: iga päring lükatakse tagasi (sündmus 1202).</translation>
    </message>
    <message>
        <source>Users may &amp;register a new authenticator</source>
        <translation>Kasutajad võivad &amp;registreerida uue autentija</translation>
    </message>
    <message>
        <source>Lets a user register their own phone number in self-service.</source>
        <translation>Lubab kasutajal iseteeninduses oma telefoninumbri registreerida.</translation>
    </message>
    <message>
        <source>Users may &amp;edit their authenticator</source>
        <translation>Kasutajad võivad oma autentijat &amp;muuta</translation>
    </message>
    <message>
        <source>Lets a user change the phone number of their existing authenticator.</source>
        <translation>Lubab kasutajal muuta olemasoleva autentija telefoninumbrit.</translation>
    </message>
    <message>
        <source>Users may de&amp;lete their authenticator</source>
        <translation>Kasutajad võivad oma autentija &amp;kustutada</translation>
    </message>
    <message>
        <source>Lets a user remove their own SMS authenticator.</source>
        <translation>Lubab kasutajal oma SMS-autentija eemaldada.</translation>
    </message>
    <message>
        <source>&amp;Comment may be edited:</source>
        <translation>K&amp;ommentaari võib muuta:</translation>
    </message>
    <message>
        <source>When a user may write or change the comment of their authenticator.</source>
        <translation>Millal võib kasutaja oma autentija kommentaari kirjutada või muuta.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mitte kunagi</translation>
    </message>
    <message>
        <source>Only while registering</source>
        <translation>Ainult registreerimisel</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Alati</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>The encrypted value is damaged.</source>
        <translation>Krüptitud väärtus on rikutud.</translation>
    </message>
    <message>
        <source>The encrypted value cannot be decrypted: the key is wrong or the data was changed.</source>
        <translation>Krüptitud väärtust ei saa dekrüptida: võti on vale või andmeid on muudetud.</translation>
    </message>
</context>
<context>
    <name>ApiInput</name>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters.</source>
        <translation>„%1“ on pikem kui %2 märki.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains control characters.</source>
        <translation>„%1“ sisaldab juhtmärke.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>Kasutajanimi on tühi.</translation>
    </message>
    <message>
        <source>The body must be JSON, sent with Content-Type: application/json.</source>
        <translation>Päringu sisu peab olema JSON, saadetud päisega Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Päringu sisu ei ole JSON-objekt.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation>Tundmatu väli „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string.</source>
        <translation>„%1“ peab olema string.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is required.</source>
        <translation>„%1“ on kohustuslik.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>The service could not complete the request; try again later.</source>
        <translation>Teenus ei saanud päringut lõpetada; proovige hiljem uuesti.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Server lülitub välja.</translation>
    </message>
    <message>
        <source>a valid API token is required (Authorization: Bearer TOKEN)</source>
        <translation>vaja on kehtivat API-tõendit (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; has expired</source>
        <translation>API-tõend „%1“ on aegunud</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; is disabled</source>
        <translation>API-tõend „%1“ on keelatud</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; lacks the scope %2</source>
        <translation>API-tõendil „%1“ puudub õigus %2</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account</source>
        <translation>selle konto jaoks pole SMS-autentijat registreeritud</translation>
    </message>
    <message>
        <source>Give &apos;phone&apos;, &apos;comment&apos; or both.</source>
        <translation>Andke &apos;phone&apos;, &apos;comment&apos; või mõlemad.</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account; give &apos;phone&apos; to register one</source>
        <translation>selle konto jaoks pole SMS-autentijat registreeritud; registreerimiseks andke &apos;phone&apos;</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Andmehoidla kontrollimine</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Send a one-time password (POST /api/v1/otp/request)</source>
        <translation>Saada ühekordne parool (POST /api/v1/otp/request)</translation>
    </message>
    <message>
        <source>Check a one-time password (POST /api/v1/otp/verify)</source>
        <translation>Kontrolli ühekordset parooli (POST /api/v1/otp/verify)</translation>
    </message>
    <message>
        <source>Read an authenticator&apos;s masked phone number (GET /api/v1/authenticators/{login})</source>
        <translation>Loe autentija maskitud telefoninumbrit (GET /api/v1/authenticators/{login})</translation>
    </message>
    <message>
        <source>Register, change and delete phone numbers (PUT and DELETE /api/v1/authenticators/{login})</source>
        <translation>Registreeri, muuda ja kustuta telefoninumbreid (PUT ja DELETE /api/v1/authenticators/{login})</translation>
    </message>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Sisestage tõendi nimi.</translation>
    </message>
    <message>
        <source>A token&apos;s name has at most %1 characters.</source>
        <translation>Tõendi nimes võib olla kõige rohkem %1 märki.</translation>
    </message>
    <message>
        <source>A token&apos;s name cannot start or end with a space.</source>
        <translation>Tõendi nimi ei tohi alata ega lõppeda tühikuga.</translation>
    </message>
    <message>
        <source>A token&apos;s name cannot contain control characters.</source>
        <translation>Tõendi nimi ei tohi sisaldada juhtmärke.</translation>
    </message>
    <message>
        <source>Scrape the server&apos;s Prometheus metrics (GET /metrics)</source>
        <translation>Loe serveri Prometheuse mõõdikuid (GET /metrics)</translation>
    </message>
</context>
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>Checking an API token</source>
        <translation>API-tõendi kontrollimine</translation>
    </message>
    <message>
        <source>Recording the use of API token %1</source>
        <translation>API-tõendi %1 kasutuse salvestamine</translation>
    </message>
    <message>
        <source>Reading API token %1</source>
        <translation>API-tõendi %1 lugemine</translation>
    </message>
    <message>
        <source>There is no API token named &quot;%1&quot;.</source>
        <translation>API-tõendit nimega „%1“ pole.</translation>
    </message>
    <message>
        <source>Unknown scope &quot;%1&quot;. The scopes are %2.</source>
        <translation>Tundmatu õigus „%1“. Õigused on %2.</translation>
    </message>
    <message>
        <source>Give the token at least one scope (%1).</source>
        <translation>Andke tõendile vähemalt üks õigus (%1).</translation>
    </message>
    <message>
        <source>The expiry %1 has already passed; choose a time in the future.</source>
        <translation>Aegumisaeg %1 on juba möödas; valige tulevikus olev aeg.</translation>
    </message>
    <message>
        <source>Reading API tokens</source>
        <translation>API-tõendite lugemine</translation>
    </message>
    <message>
        <source>An API token named &quot;%1&quot; exists already; choose another name, or delete the old token first.</source>
        <translation>API-tõend nimega „%1“ on juba olemas; valige muu nimi või kustutage kõigepealt vana tõend.</translation>
    </message>
    <message>
        <source>Saving API token %1</source>
        <translation>API-tõendi %1 salvestamine</translation>
    </message>
    <message>
        <source>The new API token %1 was not saved.</source>
        <translation>Uut API-tõendit %1 ei salvestatud.</translation>
    </message>
    <message>
        <source>Reading API tokens failed: %1</source>
        <translation>API-tõendite lugemine ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Deleting API token %1</source>
        <translation>API-tõendi %1 kustutamine</translation>
    </message>
</context>
<context>
    <name>ApiTokenTableModel</name>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>pole kasutatud</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Erand</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollitakse</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Lubatud</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Keelatud</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Aegunud</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Loodud %1, looja %2</translation>
    </message>
    <message>
        <source>Callers with this token pass the IP allow-list (a trusted integration).</source>
        <translation>Selle tõendiga päringud läbivad lubatud IP-aadresside loendi kontrolli (usaldusväärne integratsioon).</translation>
    </message>
    <message>
        <source>Callers with this token must come from an address on the IP allow-list when the list is on.</source>
        <translation>Kui lubatud IP-aadresside loend on sisse lülitatud, peavad selle tõendiga päringud tulema loendis olevalt aadressilt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Õigused</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Aegub</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Viimati kasutatud</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Viimane aadress</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>Lubatud IP-aadressid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
</context>
<context>
    <name>ApiTokensPage</name>
    <message>
        <source>API access</source>
        <translation>API-juurdepääs</translation>
    </message>
    <message>
        <source>The store was closed.</source>
        <translation>Andmehoidla suleti.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created.</source>
        <translation>API-tõend „%1“ loodud.</translation>
    </message>
    <message>
        <source>Cannot Enable Token</source>
        <translation>Tõendit ei saa lubada</translation>
    </message>
    <message>
        <source>Cannot Disable Token</source>
        <translation>Tõendit ei saa keelata</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; enabled.</source>
        <translation>API-tõend „%1“ lubatud.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; disabled: callers using it are refused until it is enabled again.</source>
        <translation>API-tõend „%1“ keelatud: selle kasutajate päringud lükatakse tagasi, kuni tõend uuesti lubatakse.</translation>
    </message>
    <message>
        <source>Delete API Token</source>
        <translation>API-tõendi kustutamine</translation>
    </message>
    <message>
        <source>Delete the API token &quot;%1&quot;? Every system that uses it is refused from now on, and it cannot be restored: a new token has a new secret.</source>
        <translation>Kas kustutada API-tõend „%1“? Iga seda kasutava süsteemi päringud lükatakse nüüdsest tagasi ja tõendit ei saa taastada: uuel tõendil on uus saladus.</translation>
    </message>
    <message>
        <source>Cannot Delete Token</source>
        <translation>Tõendit ei saa kustutada</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; deleted.</source>
        <translation>API-tõend „%1“ kustutatud.</translation>
    </message>
    <message>
        <source>Sign-in systems (a VPN&apos;s RADIUS server, a web application, an identity provider) call the provider servers with an API token. Each token may do only what its scopes allow, until its expiry; disable or delete a token to shut a system out at once.</source>
        <translation>Sisselogimissüsteemid (VPN-i RADIUS-server, veebirakendus, identiteedipakkuja) pöörduvad autentimisserverite poole API-tõendiga. Iga tõend tohib kuni aegumiseni teha ainult seda, mida selle õigused lubavad; süsteemi kohe välja lülitamiseks keelake või kustutage tõend.</translation>
    </message>
    <message>
        <source>Open a store to see its API tokens.</source>
        <translation>API-tõendite nägemiseks avage andmehoidla.</translation>
    </message>
    <message>
        <source>Your store login (%1) may look at the tokens but not change them.</source>
        <translation>Teie andmehoidla kasutaja (%1) võib tõendeid vaadata, kuid mitte muuta.</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-tõendid</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Loo…</translation>
    </message>
    <message>
        <source>Create a token; its secret is shown once.</source>
        <translation>Loo tõend; selle saladust näidatakse üks kord.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Keela</translation>
    </message>
    <message>
        <source>Refuse the selected token until it is enabled again.</source>
        <translation>Lükka valitud tõend tagasi, kuni see uuesti lubatakse.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Lu&amp;ba</translation>
    </message>
    <message>
        <source>Accept the selected token again.</source>
        <translation>Aktsepteeri valitud tõendit uuesti.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>K&amp;ustuta…</translation>
    </message>
    <message>
        <source>Delete the selected token for good.</source>
        <translation>Kustuta valitud tõend jäädavalt.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Värskenda</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDetailPane</name>
    <message>
        <source>An administrator denied the use of this authenticator: no code is sent and none is accepted until the use is allowed again.</source>
        <translation>Administraator keelas selle autentija kasutamise: koode ei saadeta ega aktsepteerita, kuni kasutamine on uuesti lubatud.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) in a row (last at %1). Only a help-desk unblock releases it: use Unblock once you know the caller is the account&apos;s owner.</source>
        <translation>
            <numerusform>Blokeeritud pärast %n vale koodi järjest (viimane %1). Blokeeringu saab eemaldada ainult kasutajatugi: kasutage käsku Eemalda blokeering, kui olete veendunud, et helistaja on konto omanik.</numerusform>
            <numerusform>Blokeeritud pärast %n valet koodi järjest (viimane %1). Blokeeringu saab eemaldada ainult kasutajatugi: kasutage käsku Eemalda blokeering, kui olete veendunud, et helistaja on konto omanik.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>teadmata ajal</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) in a row (last at %1). It is released automatically at %2, or at once with Unblock.</source>
        <translation>
            <numerusform>Blokeeritud pärast %n vale koodi järjest (viimane %1). Blokeering eemaldatakse automaatselt %2 või kohe käsuga Eemalda blokeering.</numerusform>
            <numerusform>Blokeeritud pärast %n valet koodi järjest (viimane %1). Blokeering eemaldatakse automaatselt %2 või kohe käsuga Eemalda blokeering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not blocked, but the spam protection has suspended sending codes to everyone for now: see the Spam protection settings.</source>
        <translation>Pole blokeeritud, kuid rämpsposti kaitse on koodide saatmise praegu kõigile peatanud: vaadake rämpsposti kaitse seadeid.</translation>
    </message>
    <message>
        <source>The block time has passed: the next sign-in releases it.</source>
        <translation>Blokeeringu aeg on möödas: järgmine sisselogimine eemaldab blokeeringu.</translation>
    </message>
    <message>
        <source>Active, with %1 of %2 wrong codes counted; the counter clears %3 minutes after the last failure or at the next correct code.</source>
        <translation>Aktiivne, loendatud on %1/%2 valet koodi; loendur lähtestatakse %3 minutit pärast viimast ebaõnnestumist või järgmise õige koodi korral.</translation>
    </message>
    <message>
        <source>Active: the user can sign in with an SMS code.</source>
        <translation>Aktiivne: kasutaja saab SMS-koodiga sisse logida.</translation>
    </message>
    <message>
        <source>Recent events of this account:</source>
        <translation>Selle konto viimased sündmused:</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Viimased sündmused</translation>
    </message>
    <message>
        <source>No authenticator selected</source>
        <translation>Ühtegi autentijat pole valitud</translation>
    </message>
    <message>
        <source>Select one row to see its details, why it is blocked and its recent events.</source>
        <translation>Valige üks rida, et näha selle üksikasju, blokeeringu põhjust ja viimaseid sündmusi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>Phone: %1 · Registered: %2 · Status: %3
Failed attempts: %4 · Last failure: %5 · Last success: %6</source>
        <translation>Telefon: %1 · Registreeritud: %2 · Olek: %3
Ebaõnnestunud katseid: %4 · Viimane ebaõnnestumine: %5 · Viimane õnnestumine: %6</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentaar: %1</translation>
    </message>
    <message>
        <source>Codes go to the phone number above (stored here).</source>
        <translation>Koodid saadetakse ülaltoodud telefoninumbrile (salvestatud siin).</translation>
    </message>
    <message>
        <source>Codes go to the number in the directory (attribute %1); the number above is used only when the directory has none for this user.</source>
        <translation>Koodid saadetakse kataloogis olevale numbrile (atribuut %1); ülaltoodud numbrit kasutatakse ainult siis, kui kataloogis selle kasutaja numbrit pole.</translation>
    </message>
    <message>
        <source>Codes go to the number in the directory (attribute %1), not to the number above. Check it with Settings → Directory → Check directory.</source>
        <translation>Koodid saadetakse kataloogis olevale numbrile (atribuut %1), mitte ülaltoodud numbrile. Kontrollige seda: Seaded → Kataloog → Kontrolli kataloogi.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorInput</name>
    <message>
        <source>The login is empty.</source>
        <translation>Kasutajanimi on tühi.</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Kommentaar</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Kuvatav nimi</translation>
    </message>
</context>
<context>
    <name>AuthenticatorRepository</name>
    <message>
        <source>Phone numbers are stored encrypted: unlock the store key first.</source>
        <translation>Telefoninumbrid on salvestatud krüptituna: avage kõigepealt andmehoidla võti.</translation>
    </message>
    <message>
        <source>Registering %1</source>
        <translation>Kasutaja %1 registreerimine</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Kasutaja %1 lugemine</translation>
    </message>
    <message>
        <source>There is no authenticator for &apos;%1&apos;.</source>
        <translation>Kasutajal „%1“ pole autentijat.</translation>
    </message>
    <message>
        <source>Changing the phone of %1</source>
        <translation>Kasutaja %1 telefoninumbri muutmine</translation>
    </message>
    <message>
        <source>Changing the comment of %1</source>
        <translation>Kasutaja %1 kommentaari muutmine</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Kasutaja %1 muutmine</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Kasutaja %1 kustutamine</translation>
    </message>
    <message>
        <source>Listing authenticators</source>
        <translation>Autentijate loetlemine</translation>
    </message>
    <message>
        <source>Counting authenticators</source>
        <translation>Autentijate loendamine</translation>
    </message>
    <message>
        <source>Saving the code of %1</source>
        <translation>Kasutaja %1 koodi salvestamine</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Kasutaja %1 salvestamine</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Kasutaja %1 blokeerimine</translation>
    </message>
    <message>
        <source>Unblocking %1</source>
        <translation>Kasutaja %1 blokeeringu eemaldamine</translation>
    </message>
    <message>
        <source>Resetting the counter of %1</source>
        <translation>Kasutaja %1 loenduri lähtestamine</translation>
    </message>
    <message>
        <source>Unblocking every authenticator</source>
        <translation>Kõigi autentijate blokeeringu eemaldamine</translation>
    </message>
    <message>
        <source>Unblocking authenticators</source>
        <translation>Autentijate blokeeringu eemaldamine</translation>
    </message>
    <message>
        <source>The search text has %1 characters; a search may have at most %2.</source>
        <translation>Otsingutekstis on %1 märki; otsingus võib olla kõige rohkem %2.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorTableModel</name>
    <message>
        <source>Only the prefix and the last four digits are shown. Use Reveal to see the whole number.</source>
        <translation>Näidatakse ainult suunanumbrit ja nelja viimast numbrit. Kogu numbri nägemiseks kasutage käsku Näita.</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>Klõpsake, et sortida selle veeru järgi.</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Seda veergu ei saa sortida.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentaar</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreeritud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Viimane ebaõnnestumine</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Viimane õnnestumine</translation>
    </message>
    <message>
        <source>Preparing the store</source>
        <translation>Andmehoidla ettevalmistamine</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>status: use denied by an administrator</comment>
        <translation>keelatud</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>status</comment>
        <translation>blokeeritud</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>status: sending suspended by the spam protection</comment>
        <translation>peatatud</translation>
    </message>
    <message>
        <source>active</source>
        <comment>status</comment>
        <translation>aktiivne</translation>
    </message>
    <message>
        <source>use denied by an administrator</source>
        <translation>administraator keelas kasutamise</translation>
    </message>
    <message>
        <source>blocked after too many wrong codes until a help-desk unblock</source>
        <translation>blokeeritud liiga paljude valede koodide tõttu kuni kasutajatoe poolt blokeeringu eemaldamiseni</translation>
    </message>
    <message>
        <source>blocked after too many wrong codes until %1 (Unblock releases it at once)</source>
        <translation>blokeeritud liiga paljude valede koodide tõttu kuni %1 (käsk Eemalda blokeering vabastab kohe)</translation>
    </message>
    <message>
        <source>not blocked, but the spam protection has suspended sending codes to everyone</source>
        <translation>pole blokeeritud, kuid rämpsposti kaitse on koodide saatmise kõigile peatanud</translation>
    </message>
    <message>
        <source>active: codes are sent and accepted</source>
        <translation>aktiivne: koode saadetakse ja aktsepteeritakse</translation>
    </message>
    <message>
        <source>Wrong codes in a row since the last success or reset.</source>
        <translation>Järjestikused valed koodid pärast viimast õnnestumist või lähtestamist.</translation>
    </message>
    <message>
        <source>Failures</source>
        <comment>column: failed attempts</comment>
        <translation>Ebaõnnestumisi</translation>
    </message>
</context>
<context>
    <name>BlockSettingsPage</name>
    <message>
        <source>Blocking is off: failed codes never block an authenticator.</source>
        <translation>Blokeerimine on välja lülitatud: valed koodid ei blokeeri autentijat kunagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed code(s)</source>
        <translation>
            <numerusform>%n vale kood</numerusform>
            <numerusform>%n vale koodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutit</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 within %2 the authenticator is blocked until the help desk unblocks it.</source>
        <translation>Kui ajavahemikus %2 sisestatakse %1, blokeeritakse autentija, kuni kasutajatugi blokeeringu eemaldab.</translation>
    </message>
    <message>
        <source>After %1 within %2 the authenticator is blocked for %3.</source>
        <translation>Kui ajavahemikus %2 sisestatakse %1, blokeeritakse autentija; blokeering kestab %3.</translation>
    </message>
    <message>
        <source>Blocks an authenticator after repeated wrong codes, so nobody can guess a code by trying many. A blocked authenticator gets no SMS until it is released.</source>
        <translation>Blokeerib autentija pärast korduvaid valesid koode, et keegi ei saaks koodi paljude katsetega ära arvata. Blokeeritud autentija ei saa SMS-e enne, kui blokeering on eemaldatud.</translation>
    </message>
    <message>
        <source>&amp;Block after repeated failed codes</source>
        <translation>&amp;Blokeeri pärast korduvaid valesid koode</translation>
    </message>
    <message>
        <source>When ticked, too many wrong codes block the authenticator.</source>
        <translation>Kui see on märgitud, blokeerivad liiga paljud valed koodid autentija.</translation>
    </message>
    <message>
        <source>&amp;Attempts before block:</source>
        <translation>&amp;Katseid enne blokeerimist:</translation>
    </message>
    <message>
        <source>How many wrong codes in a row block the authenticator (%1–%2, default 5).</source>
        <translation>Mitu järjestikust valet koodi blokeerib autentija (%1–%2, vaikimisi 5).</translation>
    </message>
    <message>
        <source>&amp;Reset the counter after:</source>
        <translation>&amp;Lähtesta loendur pärast:</translation>
    </message>
    <message>
        <source>The count of wrong codes starts again after this many minutes without a failure (%1–%2, default 10).</source>
        <translation>Valede koodide loendamine algab uuesti, kui nii mitu minutit pole ühtegi ebaõnnestumist olnud (%1–%2, vaikimisi 10).</translation>
    </message>
    <message>
        <source>&amp;Unblock automatically after:</source>
        <translation>&amp;Eemalda blokeering automaatselt pärast:</translation>
    </message>
    <message>
        <source>Minutes until a blocked authenticator is released by itself; 0 means only the help desk can release it (default 30).</source>
        <translation>Minutid, mille möödudes blokeeritud autentija vabastatakse iseenesest; 0 tähendab, et vabastada saab ainult kasutajatugi (vaikimisi 30).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never (help desk only)</source>
        <translation>Mitte kunagi (ainult kasutajatugi)</translation>
    </message>
    <message>
        <source>The policy in words</source>
        <translation>Poliitika sõnadega</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <source>Telling the other consoles</source>
        <translation>Teistele konsoolidele teatamine</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change Store Passphrase</source>
        <translation>Andmehoidla paroolifraasi muutmine</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Praegune paroolifraas:</translation>
    </message>
    <message>
        <source>At least 8 characters. Only the wrapping of the key changes: nothing is re-encrypted.</source>
        <translation>Vähemalt 8 märki. Muutub ainult võtme ümbris: midagi ei krüptita uuesti.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Muuda</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>
Exit status: 0 success, 1 refused or failed (reason on stderr), 2 bad usage.
</source>
        <translation>
Lõpetamise olek: 0 õnnestus, 1 keelduti või ebaõnnestus (põhjus veavoos stderr), 2 vale kasutus.
</translation>
    </message>
    <message>
        <source>--store needs a URL.</source>
        <translation>--store vajab URL-i.</translation>
    </message>
    <message>
        <source>--passphrase-file needs a file name.</source>
        <translation>--passphrase-file vajab failinime.</translation>
    </message>
    <message>
        <source>--lang must be one of en, sv, ru, et.</source>
        <translation>--lang peab olema üks järgmistest: en, sv, ru, et.</translation>
    </message>
    <message>
        <source>A passphrase is never taken from the command line (other users can see it): use --passphrase-file FILE or SMSOTP_PASSPHRASE.</source>
        <translation>Paroolifraasi ei võeta kunagi käsurealt (teised kasutajad võivad seda näha): kasutage --passphrase-file FILE või SMSOTP_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run smsotp-cli --help for the list.</source>
        <translation>Tundmatu käsk „%1“. Loendi nägemiseks käivitage smsotp-cli --help.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli [--store URL] [--passphrase-file FILE] [--lang en|sv|ru|et] COMMAND ...

  --store URL             a file path (/path/store.db, a SQLite store), sqlite:///path/store.db or
                          postgresql://user@host:port/db?sslmode=...
                          (default: the console&apos;s local store). The server password comes from
                          SMSOTP_DB_PASSWORD.
  --passphrase-file FILE  the store key&apos;s passphrase (or set SMSOTP_PASSPHRASE)

Commands:
</source>
        <translation>Kasutus: smsotp-cli [--store URL] [--passphrase-file FILE] [--lang en|sv|ru|et] COMMAND ...

  --store URL             failitee (/path/store.db, SQLite&apos;i andmehoidla), sqlite:///path/store.db või
                          postgresql://user@host:port/db?sslmode=...
                          (vaikimisi: konsooli kohalik andmehoidla). Serveri parool võetakse
                          muutujast SMSOTP_DB_PASSWORD.
  --passphrase-file FILE  andmehoidla võtme paroolifraas (või määrake SMSOTP_PASSPHRASE)

Käsud:
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Paroolifraasi faili %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>This needs the store&apos;s passphrase: give --passphrase-file FILE or set SMSOTP_PASSPHRASE.</source>
        <translation>Selleks on vaja andmehoidla paroolifraasi: andke --passphrase-file FILE või määrake SMSOTP_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>ClientAddress</name>
    <message>
        <source>the client address is longer than %1 characters</source>
        <translation>kliendi aadress on pikem kui %1 märki</translation>
    </message>
    <message>
        <source>the client address is not an IPv4 or IPv6 address</source>
        <translation>kliendi aadress ei ole IPv4- ega IPv6-aadress</translation>
    </message>
    <message>
        <source>only an IPv6 client address may carry a zone id</source>
        <translation>tsooni ID võib olla ainult IPv6 kliendiaadressil</translation>
    </message>
    <message>
        <source>the zone id of the client address must be 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>kliendi aadressi tsooni ID peab koosnema 1 kuni %1 tähest, numbrist või märgist „.“, „_“, „-“</translation>
    </message>
</context>
<context>
    <name>ClientCertificateStore</name>
    <message>
        <source>The client certificate thumbprint must be 40 hexadecimal digits.</source>
        <translation>Kliendisertifikaadi sõrmejälg peab koosnema 40 kuueteistkümnendnumbrist.</translation>
    </message>
    <message>
        <source>The client certificate folder %1 does not exist; put the certificate (PEM or PKCS#12) there.</source>
        <translation>Kliendisertifikaadi kausta %1 pole olemas; pange sertifikaat (PEM või PKCS#12) sinna.</translation>
    </message>
    <message>
        <source>The client certificate %1 is in %2, but not its private key: put the key in the same PEM file or beside it as NAME.key, or use a PKCS#12 file.</source>
        <translation>Kliendisertifikaat %1 on kaustas %2, kuid selle privaatvõtit seal pole: pange võti samasse PEM-faili või selle kõrvale nimega NAME.key või kasutage PKCS#12-faili.</translation>
    </message>
    <message>
        <source>The client certificate %1 expired on %2.</source>
        <translation>Kliendisertifikaat %1 aegus %2.</translation>
    </message>
    <message>
        <source>No client certificate with thumbprint %1 in %2.</source>
        <translation>Kaustas %2 pole kliendisertifikaati sõrmejäljega %1.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; Another console saved this section after you opened it. The fields that differ are below: yours on the left, the stored ones on the right.</source>
        <translation>&lt;b&gt;Ei salvestatud.&lt;/b&gt; Teine konsool salvestas selle jaotise pärast seda, kui te selle avasite. Erinevad väljad on allpool: teie väärtused vasakul, salvestatud paremal.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Teie</translation>
    </message>
    <message>
        <source>Stored by the other console</source>
        <translation>Teise konsooli salvestatud</translation>
    </message>
    <message>
        <source>Differences between your input and the stored settings</source>
        <translation>Erinevused teie sisestuse ja salvestatud seadete vahel</translation>
    </message>
    <message>
        <source>Re&amp;load Stored</source>
        <translation>&amp;Laadi salvestatud</translation>
    </message>
    <message>
        <source>Drop your input and show what the other console saved.</source>
        <translation>Loobu oma sisestusest ja näita, mida teine konsool salvestas.</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Kirjuta minu omaga üle</translation>
    </message>
    <message>
        <source>Save your input over what the other console saved. Their change stays in the history and can be restored.</source>
        <translation>Salvesta oma sisestus üle selle, mida teine konsool salvestas. Nende muudatus jääb ajalukku ja selle saab taastada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed in another console.&lt;/b&gt; Another console saved this section while you were editing it. The fields that differ are below: yours on the left, the stored ones on the right. Nothing is saved until you choose.</source>
        <translation>&lt;b&gt;Muudetud teises konsoolis.&lt;/b&gt; Teine konsool salvestas selle jaotise, kui te seda redigeerisite. Erinevad väljad on allpool: teie väärtused vasakul, salvestatud paremal. Midagi ei salvestata enne, kui teete valiku.</translation>
    </message>
</context>
<context>
    <name>ConsoleLock</name>
    <message numerus="yes">
        <source>console locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>konsool lukustati %n minuti tegevusetuse järel</numerusform>
            <numerusform>konsool lukustati %n minuti tegevusetuse järel</numerusform>
        </translation>
    </message>
    <message>
        <source>console locked with File → Lock Now</source>
        <translation>konsool lukustati käsuga Fail → Lukusta kohe</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>Konsool on lukustatud.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase.</source>
        <translation>Sisestage andmehoidla paroolifraas.</translation>
    </message>
    <message>
        <source>console unlock refused: the passphrase did not unlock the key</source>
        <translation>konsooli lukust avamisest keelduti: paroolifraas ei avanud võtit</translation>
    </message>
    <message>
        <source>console unlocked with the store&apos;s passphrase</source>
        <translation>konsool avati lukust andmehoidla paroolifraasiga</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the key of this store: enter its passphrase.</source>
        <translation>Selle arvuti võtmehoidjas pole selle andmehoidla võtit: sisestage selle paroolifraas.</translation>
    </message>
    <message>
        <source>console unlocked from this computer&apos;s keychain</source>
        <translation>konsool avati lukust selle arvuti võtmehoidja abil</translation>
    </message>
    <message>
        <source>Quit While Locked</source>
        <translation>Väljumine lukustatud konsoolist</translation>
    </message>
    <message numerus="yes">
        <source>The console is locked, so nothing can be saved. The unsaved changes on %n page(s) are lost if you quit now. Quit anyway?</source>
        <translation>
            <numerusform>Konsool on lukustatud, seega ei saa midagi salvestada. %n lehe salvestamata muudatused lähevad kaotsi, kui nüüd väljute. Kas väljuda siiski?</numerusform>
            <numerusform>Konsool on lukustatud, seega ei saa midagi salvestada. %n lehe salvestamata muudatused lähevad kaotsi, kui nüüd väljute. Kas väljuda siiski?</numerusform>
        </translation>
    </message>
    <message>
        <source>The event log could not record this: %1</source>
        <translation>Sündmuste logi ei saanud seda salvestada: %1</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>Lukusta k&amp;ohe</translation>
    </message>
    <message>
        <source>Wipe the store key from memory and hide the console until the store&apos;s passphrase is entered again.</source>
        <translation>Kustuta andmehoidla võti mälust ja peida konsool, kuni andmehoidla paroolifraas uuesti sisestatakse.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Eelistused…</translation>
    </message>
    <message>
        <source>Settings of the console on this computer, such as when it locks itself.</source>
        <translation>Konsooli seaded selles arvutis, näiteks millal konsool end lukustab.</translation>
    </message>
    <message numerus="yes">
        <source>console unlock paused for %n second(s) after %1 wrong passphrases in a row</source>
        <translation>
            <numerusform>konsooli lukust avamine peatati %n sekundiks pärast %1 järjestikust vale paroolifraasi</numerusform>
            <numerusform>konsooli lukust avamine peatati %n sekundiks pärast %1 järjestikust vale paroolifraasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateApiTokenDialog</name>
    <message>
        <source>Tick at least one scope: a token without scopes could do nothing.</source>
        <translation>Märkige vähemalt üks õigus: õigusteta tõend ei saaks midagi teha.</translation>
    </message>
    <message>
        <source>The expiry has already passed; choose a time in the future.</source>
        <translation>Aegumisaeg on juba möödas; valige tulevikus olev aeg.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ükski andmehoidla pole avatud.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. Paste it into the calling system&apos;s configuration, then clear the clipboard.</source>
        <translation>Kopeeritud lõikelauale. Kleepige see kutsuva süsteemi konfiguratsiooni ja tühjendage seejärel lõikelaud.</translation>
    </message>
    <message>
        <source>Create API Token</source>
        <translation>API-tõendi loomine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>e.g. vpn-radius or intranet-sso</source>
        <translation>nt vpn-radius või intranet-sso</translation>
    </message>
    <message>
        <source>Who uses the token, so you recognise it in the list and in the event log (up to %1 characters; unique).</source>
        <translation>Kes tõendit kasutab, et tunneksite selle loendis ja sündmuste logis ära (kuni %1 märki; unikaalne).</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Õigused:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Aegub:</translation>
    </message>
    <message>
        <source>After this time the token is refused. Leave unticked for a token that never expires.</source>
        <translation>Pärast seda aega lükatakse tõend tagasi. Jätke märkimata, kui tõend ei aegu kunagi.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Aegumine</translation>
    </message>
    <message>
        <source>&amp;Exempt from the IP allow-list (a trusted integration)</source>
        <translation>&amp;Vabasta lubatud IP-aadresside loendist (usaldusväärne integratsioon)</translation>
    </message>
    <message>
        <source>Callers with this token are not checked against the IP allow-list. Use it only for systems you control.</source>
        <translation>Selle tõendiga päringuid ei kontrollita lubatud IP-aadresside loendi järgi. Kasutage seda ainult teie hallatavate süsteemide jaoks.</translation>
    </message>
    <message>
        <source>Copy this token now. It is stored only as a hash and will not be shown again: if it is lost, delete the token and create a new one.</source>
        <translation>Kopeerige see tõend kohe. See salvestatakse ainult räsina ja seda ei näidata enam: kui see kaob, kustutage tõend ja looge uus.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-tõend</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Loo</translation>
    </message>
</context>
<context>
    <name>CreateStoreKeyDialog</name>
    <message>
        <source>Create Store Key</source>
        <translation>Andmehoidla võtme loomine</translation>
    </message>
    <message>
        <source>The store key encrypts the phone numbers and gateway secrets in %1, and nobody can recover its passphrase: keep it somewhere safe.</source>
        <translation>Andmehoidla võti krüptib telefoninumbrid ja lüüside saladused andmehoidlas %1 ning selle paroolifraasi ei saa keegi taastada: hoidke seda kindlas kohas.</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Jäta selles arvutis meelde</translation>
    </message>
    <message>
        <source>Keep the new key in this computer&apos;s keychain, so the passphrase is not asked here. Forget it from the File menu.</source>
        <translation>Hoia uut võtit selle arvuti võtmehoidjas, et paroolifraasi siin ei küsitaks. Unustada saab selle menüüst Fail.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Loo</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>  demo populate --users N [--blocked-percent P] [--seed S]
                                   add N demo users (names, encrypted phones, events), P percent of them blocked
</source>
        <translation>  demo populate --users N [--blocked-percent P] [--seed S]
                                   lisa N demokasutajat (nimed, krüptitud telefonid, sündmused), neist P protsenti blokeeritud
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]</source>
        <translation>Kasutus: smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]</translation>
    </message>
    <message>
        <source>Bad option %1 %2.</source>
        <translation>Vigane suvand %1 %2.</translation>
    </message>
    <message>
        <source>--users N is required (1 to 100,000,000).</source>
        <translation>--users N on kohustuslik (1 kuni 100 000 000).</translation>
    </message>
    <message>
        <source>%1 of %2 users…</source>
        <translation>%1 / %2 kasutajat…</translation>
    </message>
    <message>
        <source>Added %1 users (%2 blocked) and %3 events in %4 s.</source>
        <translation>Lisati %1 kasutajat (%2 blokeeritud) ja %3 sündmust %4 s jooksul.</translation>
    </message>
</context>
<context>
    <name>DemoPopulator</name>
    <message>
        <source>The number of users must be at least 1.</source>
        <translation>Kasutajate arv peab olema vähemalt 1.</translation>
    </message>
    <message>
        <source>The blocked percentage must be between 0 and 100.</source>
        <translation>Blokeeritute protsent peab olema vahemikus 0 kuni 100.</translation>
    </message>
    <message>
        <source>Reading the authenticators failed: %1</source>
        <translation>Autentijate lugemine ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Preparing the store</source>
        <translation>Andmehoidla ettevalmistamine</translation>
    </message>
    <message>
        <source>Writing demo events</source>
        <translation>Demosündmuste kirjutamine</translation>
    </message>
    <message>
        <source>blocked after 5 failed codes until a help-desk unblock</source>
        <translation>blokeeritud pärast 5 valet koodi kuni kasutajatoe poolt blokeeringu eemaldamiseni</translation>
    </message>
    <message>
        <source>blocked after 5 failed codes until %1 UTC</source>
        <translation>blokeeritud pärast 5 valet koodi kuni %1 UTC</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>kood aktsepteeritud</translation>
    </message>
    <message>
        <source>Writing demo users</source>
        <translation>Demokasutajate kirjutamine</translation>
    </message>
    <message>
        <source>Analysing the store</source>
        <translation>Andmehoidla analüüsimine</translation>
    </message>
</context>
<context>
    <name>DevFileGateway</name>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Arendusfail (ainult testimiseks)</translation>
    </message>
    <message>
        <source>Cannot write the development outbox %1: %2</source>
        <translation>Arenduse väljundkasti %1 ei saa kirjutada: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryCommand</name>
    <message>
        <source>  directory check LOGIN            bind to the directory, find LOGIN and show its number (masked)
                                   or the reason there is none
</source>
        <translation>  directory check LOGIN            seo kataloogiga, leia LOGIN ja näita selle numbrit (maskitult)
                                   või põhjust, miks seda pole
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli directory check LOGIN</source>
        <translation>Kasutus: smsotp-cli directory check LOGIN</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>viga %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Note: phoneFormat.useDirectoryPhone is off, so the engine still sends to the store&apos;s numbers.</source>
        <translation>Märkus: phoneFormat.useDirectoryPhone on välja lülitatud, seega saadab mootor endiselt andmehoidla numbritele.</translation>
    </message>
</context>
<context>
    <name>DirectoryPhoneLookup</name>
    <message>
        <source>the directory cannot be reached: %1</source>
        <translation>kataloogiga ei saa ühendust: %1</translation>
    </message>
    <message>
        <source>the directory refused the bind: %1</source>
        <translation>kataloog keeldus sidumisest: %1</translation>
    </message>
    <message>
        <source>the directory search failed: %1</source>
        <translation>otsing kataloogis ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>the settings take the phone number from the directory, but no directory server is configured</source>
        <translation>seadete järgi võetakse telefoninumber kataloogist, kuid ühtegi kataloogiserverit pole seadistatud</translation>
    </message>
    <message>
        <source>the directory has no user with this login</source>
        <translation>kataloogis pole selle kasutajanimega kasutajat</translation>
    </message>
    <message>
        <source>the directory&apos;s user filter matches several users for this login; it must match one</source>
        <translation>kataloogi kasutajafiltrile vastab selle kasutajanime korral mitu kasutajat; vastata peab üks</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory is empty</source>
        <translation>kasutaja atribuut %1 on kataloogis tühi</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory holds %2 values; one number is expected</source>
        <translation>kasutaja atribuudil %1 on kataloogis %2 väärtust; oodatakse üht numbrit</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory holds binary data, not a phone number</source>
        <translation>kasutaja atribuut %1 sisaldab kataloogis binaarandmeid, mitte telefoninumbrit</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory is not a valid phone number: %2</source>
        <translation>kasutaja atribuut %1 kataloogis ei ole kehtiv telefoninumber: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPhoneSource</name>
    <message>
        <source>the directory&apos;s bind password is stored encrypted: unlock the store key (its passphrase) first</source>
        <translation>kataloogi sidumisparool on salvestatud krüptituna: avage kõigepealt andmehoidla võti (selle paroolifraasiga)</translation>
    </message>
    <message>
        <source>the settings take the phone number from the directory, but no directory server is configured</source>
        <translation>seadete järgi võetakse telefoninumber kataloogist, kuid ühtegi kataloogiserverit pole seadistatud</translation>
    </message>
</context>
<context>
    <name>DirectorySettings</name>
    <message>
        <source>&apos;%1&apos; is not an LDAP address: write ldaps://host or ldap://host (with StartTLS)</source>
        <translation>„%1“ ei ole LDAP-aadress: kirjutage ldaps://host või ldap://host (koos StartTLS-iga)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write only the scheme, host and port; the base DN has its own field</source>
        <translation>„%1“: kirjutage ainult skeem, host ja port; baas-DN-il on oma väli</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: plain LDAP is allowed only to this computer; use ldaps:// or turn StartTLS on</source>
        <translation>„%1“: lihtne LDAP on lubatud ainult selle arvutiga; kasutage ldaps:// või lülitage StartTLS sisse</translation>
    </message>
    <message>
        <source>must be an LDAP filter in parentheses, for example (uid={login})</source>
        <translation>peab olema sulgudes LDAP-filter, näiteks (uid={login})</translation>
    </message>
    <message>
        <source>the parentheses do not match</source>
        <translation>sulud ei ole tasakaalus</translation>
    </message>
    <message>
        <source>must contain {login} where the user&apos;s login goes</source>
        <translation>peab sisaldama {login} kohas, kuhu tuleb kasutajanimi</translation>
    </message>
    <message>
        <source>at most %1 servers</source>
        <translation>kõige rohkem %1 serverit</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ei tohi sisaldada juhtmärke</translation>
    </message>
    <message>
        <source>enter where users are searched, for example DC=example,DC=com</source>
        <translation>sisestage, kust kasutajaid otsitakse, näiteks DC=example,DC=com</translation>
    </message>
    <message>
        <source>must be a directory attribute name, for example sAMAccountName or uid</source>
        <translation>peab olema kataloogi atribuudi nimi, näiteks sAMAccountName või uid</translation>
    </message>
    <message>
        <source>must not be longer than the total timeout</source>
        <translation>ei tohi olla pikem kui kogu ajalõpp</translation>
    </message>
</context>
<context>
    <name>DirectorySettingsPage</name>
    <message>
        <source>CA Certificate</source>
        <translation>CA-sertifikaat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-sertifikaadid (*.pem *.crt *.cer);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Type a new value to replace the stored one</source>
        <translation>Salvestatud väärtuse asendamiseks sisestage uus väärtus</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Avage kõigepealt andmehoidla.</translation>
    </message>
    <message>
        <source>Type a login to look up, then press Check directory.</source>
        <translation>Sisestage otsitav kasutajanimi ja vajutage Kontrolli kataloogi.</translation>
    </message>
    <message>
        <source>✗ Correct the settings above first: %1</source>
        <translation>✗ Parandage kõigepealt ülaltoodud seaded: %1</translation>
    </message>
    <message>
        <source>✗ Enter at least one server address.</source>
        <translation>✗ Sisestage vähemalt üks serveri aadress.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 kontrollimine…</translation>
    </message>
    <message>
        <source>✓ %1 has the number %2
%3</source>
        <translation>✓ Kasutaja %1 number on %2
%3</translation>
    </message>
    <message>
        <source>✗ Event %1: %2</source>
        <translation>✗ Sündmus %1: %2</translation>
    </message>
    <message>
        <source>The LDAP directory (Active Directory or OpenLDAP) that phone numbers come from when Phone format takes them from the directory, and that the help desk imports users from.</source>
        <translation>LDAP-kataloog (Active Directory või OpenLDAP), kust telefoninumbrid võetakse, kui telefoninumbri vorming võtab need kataloogist, ja kust kasutajatugi kasutajaid impordib.</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Serverid:</translation>
    </message>
    <message>
        <source>One address a line, tried in order: ldaps://dc1.example.com, or ldap://… with StartTLS.</source>
        <translation>Üks aadress rea kohta, proovitakse järjekorras: ldaps://dc1.example.com või ldap://… koos StartTLS-iga.</translation>
    </message>
    <message>
        <source>Use &amp;StartTLS for ldap:// servers</source>
        <translation>Kasuta ldap://-serverite jaoks S&amp;tartTLS-i</translation>
    </message>
    <message>
        <source>Encrypts ldap:// connections. Plain LDAP is allowed only to this computer, for tests.</source>
        <translation>Krüptib ldap://-ühendused. Lihtne LDAP on lubatud ainult selle arvutiga, testimiseks.</translation>
    </message>
    <message>
        <source>&amp;Bind as:</source>
        <translation>Sid&amp;umiskasutaja:</translation>
    </message>
    <message>
        <source>A DN (CN=svc-sms,OU=Service,DC=example,DC=com), DOMAIN\user or user@example.com. Empty: anonymous.</source>
        <translation>DN (CN=svc-sms,OU=Service,DC=example,DC=com), DOMAIN\user või user@example.com. Tühi: anonüümne.</translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation>Sidumis&amp;parool:</translation>
    </message>
    <message>
        <source>Stored encrypted with the store key; never exported. Leave empty to keep the stored one.</source>
        <translation>Salvestatakse andmehoidla võtmega krüptituna; ei ekspordita kunagi. Salvestatud parooli säilitamiseks jätke tühjaks.</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>Baas-&amp;DN:</translation>
    </message>
    <message>
        <source>Where users are searched, for example DC=example,DC=com.</source>
        <translation>Kust kasutajaid otsitakse, näiteks DC=example,DC=com.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>Kasutaja&amp;filter:</translation>
    </message>
    <message>
        <source>Finds one user; {login} is replaced by the login, escaped (RFC 4515).</source>
        <translation>Leiab ühe kasutaja; {login} asendatakse kasutajanimega, mille erimärgid on varjestatud (RFC 4515).</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>Fill in the filter and login attribute for Active Directory.</source>
        <translation>Täida filter ja kasutajanime atribuut Active Directory jaoks.</translation>
    </message>
    <message>
        <source>OpenLDAP</source>
        <translation>OpenLDAP</translation>
    </message>
    <message>
        <source>Fill in the filter and login attribute for OpenLDAP.</source>
        <translation>Täida filter ja kasutajanime atribuut OpenLDAP-i jaoks.</translation>
    </message>
    <message>
        <source>&amp;Login attribute:</source>
        <translation>Kasutajanime &amp;atribuut:</translation>
    </message>
    <message>
        <source>The attribute an import registers as the login: sAMAccountName (Active Directory) or uid.</source>
        <translation>Atribuut, mille import registreerib kasutajanimena: sAMAccountName (Active Directory) või uid.</translation>
    </message>
    <message>
        <source>&amp;Import filter:</source>
        <translation>&amp;Impordifilter:</translation>
    </message>
    <message>
        <source>Which users the help desk&apos;s directory import reads, for example (objectClass=user).</source>
        <translation>Milliseid kasutajaid kasutajatoe kataloogiimport loeb, näiteks (objectClass=user).</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-sertifikaat:</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the servers&apos; certificates. Empty: the system&apos;s trust store.</source>
        <translation>PEM-fail serverite sertifikaadid allkirjastanud CA-ga. Tühi: süsteemi usaldatud CA-d.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sirvi…</translation>
    </message>
    <message>
        <source>C&amp;onnect timeout (s):</source>
        <translation>Ü&amp;henduse ajalõpp (s):</translation>
    </message>
    <message>
        <source>How long to wait for a server to accept the connection before trying the next one.</source>
        <translation>Kui kaua oodata, et server ühenduse vastu võtaks, enne järgmise proovimist.</translation>
    </message>
    <message>
        <source>&amp;Timeout (s):</source>
        <translation>Aja&amp;lõpp (s):</translation>
    </message>
    <message>
        <source>How long to wait for each answer of a server.</source>
        <translation>Kui kaua oodata serveri iga vastust.</translation>
    </message>
    <message>
        <source>C&amp;ache answers (s):</source>
        <translation>&amp;Vastuste vahemälu (s):</translation>
    </message>
    <message>
        <source>How long a user&apos;s number is remembered, so a burst of sign-ins does not hammer the directory. 0: ask every time.</source>
        <translation>Kui kaua kasutaja numbrit meeles peetakse, et sisselogimiste tulv kataloogi üle ei koormaks. 0: küsi iga kord.</translation>
    </message>
    <message>
        <source>Use the store&apos;s number when the directory has &amp;none</source>
        <translation>Kasuta andmehoidla numbrit, kui kataloogis seda p&amp;ole</translation>
    </message>
    <message>
        <source>When the user is missing from the directory or has no valid number there, send to the number registered in the store. An unreachable directory never falls back.</source>
        <translation>Kui kasutajat kataloogis pole või tal pole seal kehtivat numbrit, saadetakse andmehoidlas registreeritud numbrile. Kättesaamatu kataloogi korral andmehoidla numbrit ei kasutata.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Ühenduse kontroll</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Kasutaja&amp;nimi:</translation>
    </message>
    <message>
        <source>A user to look up with the settings above, saved or not. Nothing is sent or stored.</source>
        <translation>Kasutaja, keda ülaltoodud seadetega (salvestatud või mitte) otsida. Midagi ei saadeta ega salvestata.</translation>
    </message>
    <message>
        <source>Check &amp;directory</source>
        <translation>Kontrolli &amp;kataloogi</translation>
    </message>
    <message>
        <source>Binds, searches the login and shows its number (masked) or why there is none.</source>
        <translation>Seob, otsib kasutajanime ja näitab selle numbrit (maskitult) või põhjust, miks seda pole.</translation>
    </message>
</context>
<context>
    <name>DirectoryUserImport</name>
    <message>
        <source>No directory server is configured (Settings, Directory).</source>
        <translation>Ühtegi kataloogiserverit pole seadistatud (Seaded, Kataloog).</translation>
    </message>
    <message>
        <source>The filter %1 %2</source>
        <translation>Filter %1: %2</translation>
    </message>
    <message>
        <source>(%1 values)</source>
        <translation>(%1 väärtust)</translation>
    </message>
    <message>
        <source>%1 has %2 values of %3; one login is expected.</source>
        <translation>%1: atribuudil %3 on %2 väärtust; oodatakse üht kasutajanime.</translation>
    </message>
    <message>
        <source>(binary data)</source>
        <translation>(binaarandmed)</translation>
    </message>
</context>
<context>
    <name>EnginePool</name>
    <message>
        <source>Setting up the store connection</source>
        <translation>Andmehoidla ühenduse seadistamine</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>One-time password sent</source>
        <translation>Ühekordne parool saadetud</translation>
    </message>
    <message>
        <source>One-time password accepted</source>
        <translation>Ühekordne parool aktsepteeritud</translation>
    </message>
    <message>
        <source>Wrong one-time password</source>
        <translation>Vale ühekordne parool</translation>
    </message>
    <message>
        <source>Authenticator blocked</source>
        <translation>Autentija blokeeritud</translation>
    </message>
    <message>
        <source>Authenticator unblocked</source>
        <translation>Autentija blokeering eemaldatud</translation>
    </message>
    <message>
        <source>Failure counter reset</source>
        <translation>Ebaõnnestumiste loendur lähtestatud</translation>
    </message>
    <message>
        <source>One-time password expired</source>
        <translation>Ühekordne parool aegunud</translation>
    </message>
    <message>
        <source>Authenticator registered</source>
        <translation>Autentija registreeritud</translation>
    </message>
    <message>
        <source>Phone number changed</source>
        <translation>Telefoninumber muudetud</translation>
    </message>
    <message>
        <source>Authenticator deleted</source>
        <translation>Autentija kustutatud</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Kommentaar muudetud</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>Saatmine jätkub</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>Aadress pole lubatud</translation>
    </message>
    <message>
        <source>Use of the authenticator denied</source>
        <translation>Autentija kasutamine keelatud</translation>
    </message>
    <message>
        <source>Refused: authenticator blocked</source>
        <translation>Keelduti: autentija on blokeeritud</translation>
    </message>
    <message>
        <source>Refused: sending suspended</source>
        <translation>Keelduti: saatmine on peatatud</translation>
    </message>
    <message>
        <source>Self-service operation refused</source>
        <translation>Iseteeninduse toimingust keelduti</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>Tundmatu konto</translation>
    </message>
    <message>
        <source>Phone number refused</source>
        <translation>Telefoninumbrist keelduti</translation>
    </message>
    <message>
        <source>Gateway failed to send</source>
        <translation>Lüüs ei suutnud saata</translation>
    </message>
    <message>
        <source>Switched to the second gateway</source>
        <translation>Lülituti teisele lüüsile</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Testsõnum saadetud</translation>
    </message>
    <message>
        <source>Potential spam attack detected. Sending suspended.</source>
        <translation>Tuvastati võimalik rämpspostirünnak. Saatmine peatatud.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Seaded salvestatud</translation>
    </message>
    <message>
        <source>Settings imported</source>
        <translation>Seaded imporditud</translation>
    </message>
    <message>
        <source>Phone number revealed</source>
        <translation>Telefoninumber kuvatud</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Andmehoidla paroolifraas muudetud</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Andmehoidla võti loodud</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Sündmus %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Teave</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Hoiatus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Viga</translation>
    </message>
    <message>
        <source>Client address refused</source>
        <translation>Kliendi aadressist keelduti</translation>
    </message>
    <message>
        <source>Verification refused: its outcome could not be recorded</source>
        <translation>Kontrollist keelduti: selle tulemust ei saanud salvestada</translation>
    </message>
    <message>
        <source>API call refused: token missing or unknown</source>
        <translation>API-päringust keelduti: tõend puudub või on tundmatu</translation>
    </message>
    <message>
        <source>API call refused: token expired</source>
        <translation>API-päringust keelduti: tõend on aegunud</translation>
    </message>
    <message>
        <source>API call refused: token disabled</source>
        <translation>API-päringust keelduti: tõend on keelatud</translation>
    </message>
    <message>
        <source>API call refused: scope missing</source>
        <translation>API-päringust keelduti: õigus puudub</translation>
    </message>
    <message>
        <source>User not in the directory</source>
        <translation>Kasutajat pole kataloogis</translation>
    </message>
    <message>
        <source>No phone number in the directory</source>
        <translation>Kataloogis pole telefoninumbrit</translation>
    </message>
    <message>
        <source>Directory phone number refused</source>
        <translation>Kataloogi telefoninumbrist keelduti</translation>
    </message>
    <message>
        <source>Several phone numbers in the directory</source>
        <translation>Kataloogis on mitu telefoninumbrit</translation>
    </message>
    <message>
        <source>Directory unreachable</source>
        <translation>Kataloog pole kättesaadav</translation>
    </message>
    <message>
        <source>Directory bind refused</source>
        <translation>Kataloog keeldus sidumisest</translation>
    </message>
    <message>
        <source>Directory search failed</source>
        <translation>Otsing kataloogis ebaõnnestus</translation>
    </message>
    <message>
        <source>No directory connection configured</source>
        <translation>Kataloogiühendust pole seadistatud</translation>
    </message>
    <message>
        <source>Store number used instead of the directory&apos;s</source>
        <translation>Kataloogi numbri asemel kasutati andmehoidla numbrit</translation>
    </message>
    <message>
        <source>Users imported from the directory</source>
        <translation>Kasutajad kataloogist imporditud</translation>
    </message>
    <message>
        <source>Settings section damaged</source>
        <translation>Seadete jaotis on rikutud</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>API-tõend loodud</translation>
    </message>
    <message>
        <source>API token disabled</source>
        <translation>API-tõend keelatud</translation>
    </message>
    <message>
        <source>API token enabled</source>
        <translation>API-tõend lubatud</translation>
    </message>
    <message>
        <source>API token deleted</source>
        <translation>API-tõend kustutatud</translation>
    </message>
    <message>
        <source>Provider server started</source>
        <translation>Autentimisserver käivitatud</translation>
    </message>
    <message>
        <source>Provider server stopped</source>
        <translation>Autentimisserver peatatud</translation>
    </message>
    <message>
        <source>Console locked after inactivity</source>
        <translation>Konsool lukustati tegevusetuse tõttu</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Konsool lukustatud</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>Konsool lukust avatud</translation>
    </message>
    <message>
        <source>Console unlock refused</source>
        <translation>Konsooli lukust avamisest keelduti</translation>
    </message>
    <message>
        <source>Provider server reconnected to the store</source>
        <translation>Autentimisserveri ühendus andmehoidlaga taastus</translation>
    </message>
    <message>
        <source>Console unlock paused</source>
        <translation>Konsooli lukust avamine peatatud</translation>
    </message>
    <message>
        <source>Store key unlock paused</source>
        <translation>Andmehoidla võtme avamine peatatud</translation>
    </message>
    <message>
        <source>Store key unlock refused</source>
        <translation>Andmehoidla võtme avamisest keelduti</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Writing event %1</source>
        <translation>Sündmuse %1 kirjutamine</translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>Reading events</source>
        <translation>Sündmuste lugemine</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>Sündmuste loendamine</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Raskusaste</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Kliendi aadress</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Tegija</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sõnum</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Code accepted</source>
        <translation>Kood aktsepteeritud</translation>
    </message>
    <message>
        <source>Failure counter reset</source>
        <translation>Ebaõnnestumiste loendur lähtestatud</translation>
    </message>
    <message>
        <source>Authenticator deleted</source>
        <translation>Autentija kustutatud</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Kommentaar muudetud</translation>
    </message>
    <message>
        <source>The authenticator is blocked</source>
        <translation>Autentija on blokeeritud</translation>
    </message>
    <message>
        <source>Potential spam attack detected</source>
        <translation>Tuvastati võimalik rämpspostirünnak</translation>
    </message>
    <message>
        <source>No SMS authenticator is registered for this account</source>
        <translation>Selle konto jaoks pole SMS-autentijat registreeritud</translation>
    </message>
    <message>
        <source>A valid API token is required (Authorization: Bearer TOKEN)</source>
        <translation>Vaja on kehtivat API-tõendit (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>Phone number revealed in the console</source>
        <translation>Telefoninumber kuvati konsoolis</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Andmehoidla paroolifraas muudetud</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Andmehoidla võti loodud</translation>
    </message>
    <message>
        <source>Console locked with File → Lock Now</source>
        <translation>Konsool lukustati käsuga Fail → Lukusta kohe</translation>
    </message>
    <message>
        <source>Console unlock refused: the passphrase did not unlock the key</source>
        <translation>Konsooli lukust avamisest keelduti: paroolifraas ei avanud võtit</translation>
    </message>
    <message>
        <source>Code sent to %1 (message id %2)</source>
        <translation>Kood saadeti numbrile %1 (sõnumi ID %2)</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>Kood saadeti numbrile %1</translation>
    </message>
    <message>
        <source>Registered with phone %1</source>
        <translation>Registreeritud telefoninumbriga %1</translation>
    </message>
    <message>
        <source>Phone changed to %1</source>
        <translation>Telefoninumber muudetud: %1</translation>
    </message>
    <message>
        <source>Sending resumed: spam protection was turned off</source>
        <translation>Saatmine jätkub: rämpsposti kaitse lülitati välja</translation>
    </message>
    <message numerus="yes">
        <source>Sending resumed: the suspension of %n second(s) has passed</source>
        <translation>
            <numerusform>Saatmine jätkub: %n sekundi pikkune peatamine on möödas</numerusform>
            <numerusform>Saatmine jätkub: %n sekundi pikkune peatamine on möödas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending resumed: %1% of the messages in the window led to a sign-in</source>
        <translation>Saatmine jätkub: %1% aknas saadetud sõnumitest viis sisselogimiseni</translation>
    </message>
    <message>
        <source>The SMS to %1 could not be sent: %2 (%3 %4)</source>
        <translation>SMS-i numbrile %1 ei saanud saata: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the test SMS to %2 went through the second gateway</source>
        <translation>Esimene lüüs ebaõnnestus (%1); test-SMS numbrile %2 saadeti teise lüüsi kaudu</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the SMS to %2 went through the second gateway</source>
        <translation>Esimene lüüs ebaõnnestus (%1); SMS numbrile %2 saadeti teise lüüsi kaudu</translation>
    </message>
    <message>
        <source>Address %1 is not allowed</source>
        <translation>Aadress %1 pole lubatud</translation>
    </message>
    <message>
        <source>Use of the authenticator denied by an administrator</source>
        <translation>Administraator keelas autentija kasutamise</translation>
    </message>
    <message>
        <source>Use of this authenticator is denied</source>
        <translation>Selle autentija kasutamine on keelatud</translation>
    </message>
    <message>
        <source>The access rights do not allow users to do this themselves</source>
        <translation>Juurdepääsuõigused ei luba kasutajatel seda ise teha</translation>
    </message>
    <message>
        <source>The phone number was refused: %1</source>
        <translation>Telefoninumber lükati tagasi: %1</translation>
    </message>
    <message>
        <source>Client address refused: %1</source>
        <translation>Kliendi aadress lükati tagasi: %1</translation>
    </message>
    <message>
        <source>A code could not be checked because the store failed (%1); the code was withdrawn and the attempt counted as a failure</source>
        <translation>Koodi ei saanud kontrollida andmehoidla tõrke tõttu (%1); kood tühistati ja katse loeti ebaõnnestunuks</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; has expired</source>
        <translation>API-tõend „%1“ on aegunud</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; is disabled</source>
        <translation>API-tõend „%1“ on keelatud</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; lacks the scope %2</source>
        <translation>API-tõendil „%1“ puudub õigus %2</translation>
    </message>
    <message>
        <source>%1 registered and %2 updated from the directory</source>
        <translation>Kataloogist registreeriti %1 ja uuendati %2</translation>
    </message>
    <message>
        <source>%1; the store&apos;s own number is used instead</source>
        <translation>%1; selle asemel kasutatakse andmehoidla enda numbrit</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1, versioon %2: %3</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>muudatusi pole</translation>
    </message>
    <message>
        <source>Settings section %1 is damaged: %2; the engine sends and accepts no codes</source>
        <translation>Seadete jaotis %1 on rikutud: %2; mootor ei saada ega aktsepteeri koode</translation>
    </message>
    <message>
        <source>Started on %1 listening on %2 (version %3)</source>
        <translation>Käivitati hostis %1, kuulab aadressil %2 (versioon %3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s)</source>
        <translation>
            <numerusform>Peatati pärast %n päringut</numerusform>
            <numerusform>Peatati pärast %n päringut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>Konsool lukustati %n minuti tegevusetuse järel</numerusform>
            <numerusform>Konsool lukustati %n minuti tegevusetuse järel</numerusform>
        </translation>
    </message>
    <message>
        <source>Console unlocked from this computer&apos;s keychain</source>
        <translation>Konsool avati lukust selle arvuti võtmehoidja abil</translation>
    </message>
    <message>
        <source>Console unlocked with the store&apos;s passphrase</source>
        <translation>Konsool avati lukust andmehoidla paroolifraasiga</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Vale kood</translation>
    </message>
    <message>
        <source>No code was requested</source>
        <translation>Koodi ei taotletud</translation>
    </message>
    <message>
        <source>The code has expired</source>
        <translation>Kood on aegunud</translation>
    </message>
    <message>
        <source>%1 (failure %2 of %3)</source>
        <translation>%1 (ebaõnnestumine %2/%3)</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) until a help-desk unblock</source>
        <translation>
            <numerusform>Blokeeritud pärast %n vale koodi, kuni kasutajatugi blokeeringu eemaldab</numerusform>
            <numerusform>Blokeeritud pärast %n valet koodi, kuni kasutajatugi blokeeringu eemaldab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) until %1</source>
        <translation>
            <numerusform>Blokeeritud pärast %n vale koodi kuni %1</numerusform>
            <numerusform>Blokeeritud pärast %n valet koodi kuni %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblocked automatically: the block time has passed</source>
        <translation>Blokeering eemaldati automaatselt: blokeeringu aeg on möödas</translation>
    </message>
    <message numerus="yes">
        <source>Every blocked authenticator unblocked by the help desk (%n)</source>
        <translation>
            <numerusform>Kasutajatugi eemaldas kõigi blokeeritud autentijate blokeeringu (%n)</numerusform>
            <numerusform>Kasutajatugi eemaldas kõigi blokeeritud autentijate blokeeringu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblocked by the help desk</source>
        <translation>Kasutajatugi eemaldas blokeeringu</translation>
    </message>
    <message>
        <source>Use of the authenticator allowed again</source>
        <translation>Autentija kasutamine on taas lubatud</translation>
    </message>
    <message>
        <source>%1 (from the directory)</source>
        <translation>%1 (kataloogist)</translation>
    </message>
    <message>
        <source>%1 (CSV import)</source>
        <translation>%1 (CSV-import)</translation>
    </message>
    <message>
        <source>%1 (directory import)</source>
        <translation>%1 (kataloogiimport)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the window</source>
        <translation>
            <numerusform>%n sõnum aknas</numerusform>
            <numerusform>%n sõnumit aknas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successful sign-in(s)</source>
        <translation>
            <numerusform>%n edukas sisselogimine</numerusform>
            <numerusform>%n edukat sisselogimist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Potential spam attack detected. Sending suspended. %1, %2 (%3%, minimum %4%); suspended for %n second(s).</source>
        <translation>
            <numerusform>Tuvastati võimalik rämpspostirünnak. Saatmine peatatud. %1, %2 (%3%, miinimum %4%); peatatud %n sekundiks.</numerusform>
            <numerusform>Tuvastati võimalik rämpspostirünnak. Saatmine peatatud. %1, %2 (%3%, miinimum %4%); peatatud %n sekundiks.</numerusform>
        </translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>lüüsi</translation>
    </message>
    <message>
        <source>Validate-only test SMS to %1 through %2: %3</source>
        <translation>Ainult kontrollimiseks mõeldud test-SMS numbrile %1 %2 kaudu: %3</translation>
    </message>
    <message>
        <source>Test SMS to %1 through %2: %3</source>
        <translation>Test-SMS numbrile %1 %2 kaudu: %3</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>; the first gateway failed: %1</source>
        <translation>; esimene lüüs ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>API token %1 enabled</source>
        <translation>API-tõend %1 lubatud</translation>
    </message>
    <message>
        <source>API token %1 disabled</source>
        <translation>API-tõend %1 keelatud</translation>
    </message>
    <message>
        <source>scopes %1</source>
        <translation>õigused %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>ei aegu kunagi</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>aegub %1</translation>
    </message>
    <message>
        <source>exempt from the IP allow-list</source>
        <translation>vabastatud lubatud IP-aadresside loendist</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>API token %1 created: %2</source>
        <translation>API-tõend %1 loodud: %2</translation>
    </message>
    <message>
        <source>API token %1 deleted (%2)</source>
        <translation>API-tõend %1 kustutatud (%2)</translation>
    </message>
    <message>
        <source>Store key unlock refused: the passphrase did not unlock the key</source>
        <translation>Andmehoidla võtme avamisest keelduti: paroolifraas ei avanud võtit</translation>
    </message>
    <message numerus="yes">
        <source>Store connection lost at %1, restored after %n second(s): %2</source>
        <translation>
            <numerusform>Ühendus andmehoidlaga katkes kell %1, taastus %n sekundi pärast: %2</numerusform>
            <numerusform>Ühendus andmehoidlaga katkes kell %1, taastus %n sekundi pärast: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passphrase(s) in a row</source>
        <translation>
            <numerusform>%n järjestikust vale paroolifraasi</numerusform>
            <numerusform>%n järjestikust vale paroolifraasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console unlock paused for %n second(s) after %1</source>
        <translation>
            <numerusform>Konsooli lukust avamine peatati %n sekundiks pärast %1</numerusform>
            <numerusform>Konsooli lukust avamine peatati %n sekundiks pärast %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store key unlock paused for %n second(s) after %1</source>
        <translation>
            <numerusform>Andmehoidla võtme avamine peatati %n sekundiks pärast %1</numerusform>
            <numerusform>Andmehoidla võtme avamine peatati %n sekundiks pärast %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <source>  events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]
                                   the event log, newest first
</source>
        <translation>  events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]
                                   sündmuste logi, uusimad eespool
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]</source>
        <translation>Kasutus: smsotp-cli events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for events list.</source>
        <translation>Tundmatu suvand „%1“ käsule events list.</translation>
    </message>
    <message>
        <source>%1 needs a valid value (got &apos;%2&apos;).</source>
        <translation>%1 vajab kehtivat väärtust (saadi „%2“).</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Sündmused</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln sündmus</numerusform>
            <numerusform>%Ln sündmust</numerusform>
        </translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Ükski andmehoidla pole avatud</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Sündmuste eksportimine</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Faili %1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>Sündmuste eksportimine…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Sündmuste logi</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Kõik sündmused</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show only events with this code.</source>
        <translation>Näita ainult selle koodiga sündmusi.</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Sündmuse kood</translation>
    </message>
    <message>
        <source>Account (exact login, Ctrl+F)</source>
        <translation>Konto (täpne kasutajanimi, Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only the events of this account.</source>
        <translation>Näita ainult selle konto sündmusi.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alates</translation>
    </message>
    <message>
        <source>Show only events at or after this time.</source>
        <translation>Näita ainult sündmusi, mis toimusid sellel ajal või hiljem.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Kuni</translation>
    </message>
    <message>
        <source>Show only events before this time.</source>
        <translation>Näita ainult sündmusi, mis toimusid enne seda aega.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspordi CSV…</translation>
    </message>
    <message>
        <source>Save every event the filters match to a CSV file.</source>
        <translation>Salvesta kõik filtritele vastavad sündmused CSV-faili.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Värskenda</translation>
    </message>
    <message>
        <source>Read the event log again (F5).</source>
        <translation>Loe sündmuste logi uuesti (F5).</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation>
            <numerusform>umbes %Ln sündmus</numerusform>
            <numerusform>umbes %Ln sündmust</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s estimate. The exact number is being counted and replaces it.</source>
        <translation>Andmebaasi hinnang. Täpset arvu loendatakse ja see asendab hinnangu.</translation>
    </message>
</context>
<context>
    <name>FailoverGateway</name>
    <message>
        <source>%1, then %2</source>
        <translation>%1, seejärel %2</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>peab olema vahemikus %1 kuni %2</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters long</source>
        <translation>
            <numerusform>tohib olla kõige rohkem %n märgi pikkune</numerusform>
            <numerusform>tohib olla kõige rohkem %n märgi pikkune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>may have at most %n entries</source>
        <translation>
            <numerusform>tohib sisaldada kõige rohkem %n kirjet</numerusform>
            <numerusform>tohib sisaldada kõige rohkem %n kirjet</numerusform>
        </translation>
    </message>
    <message>
        <source>holds an invalid character (a lone UTF-16 surrogate) at position %1</source>
        <translation>sisaldab kohal %1 vigast märki (üksik UTF-16 surrogaat)</translation>
    </message>
    <message>
        <source>holds a control character (U+%1) at position %2; control characters such as line breaks, tabs and escape sequences are not allowed</source>
        <translation>sisaldab kohal %2 juhtmärki (U+%1); juhtmärgid, nagu reavahetused, tabeldusmärgid ja paojadad, pole lubatud</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n characters.</source>
        <translation>
            <numerusform>%1 on pikem kui %n märk.</numerusform>
            <numerusform>%1 on pikem kui %n märki.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
</context>
<context>
    <name>GatewayFactory</name>
    <message>
        <source>Unknown gateway type.</source>
        <translation>Tundmatu lüüsi tüüp.</translation>
    </message>
    <message>
        <source>The second gateway cannot be used: %1</source>
        <translation>Teist lüüsi ei saa kasutada: %1</translation>
    </message>
    <message>
        <source>The gateway&apos;s password or token is stored encrypted: unlock the store key (its passphrase) to send.</source>
        <translation>Lüüsi parool või tõend on salvestatud krüptituna: saatmiseks avage andmehoidla võti (selle paroolifraasiga).</translation>
    </message>
</context>
<context>
    <name>GatewaySettings</name>
    <message>
        <source>each entry must be {&quot;name&quot;: text, &quot;value&quot;: text}</source>
        <translation>iga kirje peab olema kujul {&quot;name&quot;: tekst, &quot;value&quot;: tekst}</translation>
    </message>
    <message>
        <source>SMS Proxy</source>
        <translation>SMS Proxy</translation>
    </message>
    <message>
        <source>OneGate</source>
        <translation>OneGate</translation>
    </message>
    <message>
        <source>MFMSolutions</source>
        <translation>MFMSolutions</translation>
    </message>
    <message>
        <source>Megafon</source>
        <translation>Megafon</translation>
    </message>
    <message>
        <source>SMSAPI</source>
        <translation>SMSAPI</translation>
    </message>
    <message>
        <source>Generic HTTP</source>
        <translation>Üldine HTTP</translation>
    </message>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Arendusfail (ainult testimiseks)</translation>
    </message>
    <message>
        <source>a second gateway cannot have a second gateway of its own</source>
        <translation>teisel lüüsil ei saa olla omakorda teist lüüsi</translation>
    </message>
    <message>
        <source>must be a gateway&apos;s settings object or null</source>
        <translation>peab olema lüüsi seadete objekt või null</translation>
    </message>
    <message>
        <source>must not be longer than the total timeout</source>
        <translation>ei tohi olla pikem kui kogu ajalõpp</translation>
    </message>
    <message>
        <source>enter the gateway&apos;s address, for example https://sms.example.com</source>
        <translation>sisestage lüüsi aadress, näiteks https://sms.example.com</translation>
    </message>
    <message>
        <source>must be an https:// address (plain http:// only to this computer, for tests)</source>
        <translation>peab olema https://-aadress (lihtne http:// ainult selle arvuti jaoks, testimiseks)</translation>
    </message>
    <message>
        <source>this gateway needs a login</source>
        <translation>see lüüs vajab kasutajanime</translation>
    </message>
    <message>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>peab olema SHA-1 sõrmejälg: 40 kuueteistkümnendnumbrit</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>ei ole kehtiv regulaaravaldis: %1</translation>
    </message>
    <message>
        <source>every header needs a name without &apos;:&apos;</source>
        <translation>igal päisel peab olema nimi ilma märgita „:“</translation>
    </message>
    <message>
        <source>every parameter needs a name</source>
        <translation>igal parameetril peab olema nimi</translation>
    </message>
</context>
<context>
    <name>GatewaySettingsPage</name>
    <message>
        <source>the store key is locked: unlock it with the store&apos;s passphrase before changing a secret</source>
        <translation>andmehoidla võti on lukus: enne saladuse muutmist avage see andmehoidla paroolifraasiga</translation>
    </message>
    <message>
        <source>Type a new value to replace the stored one</source>
        <translation>Salvestatud väärtuse asendamiseks sisestage uus väärtus</translation>
    </message>
    <message>
        <source>Outbox File</source>
        <translation>Väljundkasti fail</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON-read (*.jsonl);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>The SMS gateway that delivers the codes, and how the provider reaches it. Passwords and tokens are stored encrypted with the store key and are never shown again.</source>
        <translation>SMS-lüüs, mis koodid kohale toimetab, ja kuidas autentimisserver sellega ühendust võtab. Paroolid ja tõendid salvestatakse andmehoidla võtmega krüptituna ja neid ei näidata enam kunagi.</translation>
    </message>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Arendusfail (ainult testimiseks)</translation>
    </message>
    <message>
        <source>Gateway &amp;type:</source>
        <translation>Lüüsi &amp;tüüp:</translation>
    </message>
    <message>
        <source>The provider&apos;s protocol. SMS Proxy, OneGate, MFMSolutions and Megafon as in Indeed AM; SMSAPI and Generic HTTP beyond.</source>
        <translation>SMS-teenuse pakkuja protokoll. SMS Proxy, OneGate, MFMSolutions ja Megafon nagu Indeed AM-is; lisaks SMSAPI ja Üldine HTTP.</translation>
    </message>
    <message>
        <source>Messages are appended to a file instead of being sent. Use it only to try the configuration: no SMS reaches a phone.</source>
        <translation>Sõnumid lisatakse faili, mitte ei saadeta. Kasutage seda ainult konfiguratsiooni proovimiseks: ükski SMS ei jõua telefoni.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Serveri &amp;aadress:</translation>
    </message>
    <message>
        <source>The gateway&apos;s base address, for example https://sms.example.com. Only https:// is accepted, except http:// to this computer for tests.</source>
        <translation>Lüüsi baasaadress, näiteks https://sms.example.com. Aktsepteeritakse ainult https://, välja arvatud http:// selle arvuti jaoks testimiseks.</translation>
    </message>
    <message>
        <source>Outbox &amp;file:</source>
        <translation>Väljundkasti &amp;fail:</translation>
    </message>
    <message>
        <source>Where the development gateway writes each message, one JSON object a line. Empty: a file beside the local store.</source>
        <translation>Kuhu arenduslüüs iga sõnumi kirjutab, üks JSON-objekt rea kohta. Tühi: fail kohaliku andmehoidla kõrval.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Choose the outbox file.</source>
        <translation>Valige väljundkasti fail.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Kasutajanimi:</translation>
    </message>
    <message>
        <source>The account name the gateway gave you.</source>
        <translation>Konto nimi, mille lüüsi pakkuja teile andis.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parool:</translation>
    </message>
    <message>
        <source>The account&apos;s password. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Konto parool. Salvestatakse krüptituna; salvestatud parooli säilitamiseks jätke tühjaks.</translation>
    </message>
    <message>
        <source>OAuth2 to&amp;ken:</source>
        <translation>OAuth2 tõ&amp;end:</translation>
    </message>
    <message>
        <source>The bearer token from the gateway&apos;s customer portal. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Kandja tõend (bearer token) lüüsi kliendiportaalist. Salvestatakse krüptituna; salvestatud tõendi säilitamiseks jätke tühjaks.</translation>
    </message>
    <message>
        <source>&amp;Connection timeout:</source>
        <translation>Ü&amp;henduse ajalõpp:</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection to the gateway (%1–%2, default 5).</source>
        <translation>Mitu sekundit oodatakse ühendust lüüsiga (%1–%2, vaikimisi 5).</translation>
    </message>
    <message>
        <source>&amp;Total timeout:</source>
        <translation>Ko&amp;gu ajalõpp:</translation>
    </message>
    <message>
        <source>Seconds to wait for the gateway&apos;s answer in all (%1–%2, default 15).</source>
        <translation>Mitu sekundit oodatakse kokku lüüsi vastust (%1–%2, vaikimisi 15).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The store key is locked, so passwords and tokens cannot be changed now. Unlock it with the store&apos;s passphrase first; the other fields can be saved meanwhile.</source>
        <translation>Andmehoidla võti on lukus, seega paroole ja tõendeid ei saa praegu muuta. Avage see kõigepealt andmehoidla paroolifraasiga; teisi välju saab vahepeal salvestada.</translation>
    </message>
    <message>
        <source>Certificate &amp;passphrase:</source>
        <translation>Sertifikaadi paroo&amp;lifraas:</translation>
    </message>
    <message>
        <source>Only when the client certificate&apos;s key or PKCS#12 file is encrypted. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Ainult siis, kui kliendisertifikaadi võti või PKCS#12-fail on krüptitud. Salvestatakse krüptituna; salvestatud paroolifraasi säilitamiseks jätke tühjaks.</translation>
    </message>
    <message>
        <source>%1 — %2, valid until %3</source>
        <translation>%1 — %2, kehtib kuni %3</translation>
    </message>
    <message>
        <source>No certificate with its private key in %1. Put the client certificate there as PEM (with NAME.key beside it) or PKCS#12.</source>
        <translation>Kaustas %1 pole ühtegi sertifikaati koos privaatvõtmega. Pange kliendisertifikaat sinna PEM-vormingus (selle kõrvale fail NAME.key) või PKCS#12-vormingus.</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Kliendisertifikaat</translation>
    </message>
    <message>
        <source>Certificates in %1:</source>
        <translation>Sertifikaadid kaustas %1:</translation>
    </message>
    <message>
        <source>This gateway has no connection check.</source>
        <translation>Sellel lüüsil pole ühenduse kontrolli.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollimine…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>C&amp;lient certificate thumbprint:</source>
        <translation>Kliendisertifikaadi sõrme&amp;jälg:</translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint of the certificate this console presents, 40 hexadecimal digits (spaces and case do not matter). Choose… lists the certificates in the certificate folder.</source>
        <translation>Selle konsooli esitatava sertifikaadi SHA-1 sõrmejälg, 40 kuueteistkümnendnumbrit (tühikud ja tähesuurus pole olulised). Nupp Vali… loetleb sertifikaatide kaustas olevad sertifikaadid.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Val&amp;i…</translation>
    </message>
    <message>
        <source>Ser&amp;ver certificate thumbprint:</source>
        <translation>Serveri sertifikaadi sõ&amp;rmejälg:</translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint of the SMS Proxy server&apos;s certificate. Only that certificate is accepted, whatever its issuer; any other ends the connection before anything is sent.</source>
        <translation>SMS Proxy serveri sertifikaadi SHA-1 sõrmejälg. Aktsepteeritakse ainult seda sertifikaati, olenemata selle väljaandjast; mis tahes muu sertifikaadi korral katkestatakse ühendus enne, kui midagi saadetakse.</translation>
    </message>
    <message>
        <source>Certificate &amp;folder:</source>
        <translation>Sertifikaatide ka&amp;ust:</translation>
    </message>
    <message>
        <source>The folder of PEM and PKCS#12 files the client certificate is taken from. Empty: %1.</source>
        <translation>PEM- ja PKCS#12-failide kaust, kust kliendisertifikaat võetakse. Tühi: %1.</translation>
    </message>
    <message>
        <source>HTTP &amp;method:</source>
        <translation>HTTP-&amp;meetod:</translation>
    </message>
    <message>
        <source>GET puts the parameters in the address; POST sends them as the body.</source>
        <translation>GET paneb parameetrid aadressi; POST saadab need päringu sisuna.</translation>
    </message>
    <message>
        <source>&amp;Body format:</source>
        <translation>Sisu v&amp;orming:</translation>
    </message>
    <message>
        <source>How POST sends the parameters.</source>
        <translation>Kuidas POST parameetrid saadab.</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Vorm (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-objekt</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;utentimine:</translation>
    </message>
    <message>
        <source>None, HTTP Basic with the login and password, or a bearer token.</source>
        <translation>Puudub, HTTP Basic kasutajanime ja parooliga või kandja tõend (bearer token).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Puudub</translation>
    </message>
    <message>
        <source>Basic (login and password)</source>
        <translation>Basic (kasutajanimi ja parool)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Kandja tõend (bearer token)</translation>
    </message>
    <message>
        <source>Pa&amp;rameters:</source>
        <translation>Pa&amp;rameetrid:</translation>
    </message>
    <message>
        <source>One name=value a line. Values may hold {phone} (+E.164), {phoneDigits} (without +), {sender} and {message}; the address may hold them too.</source>
        <translation>Üks nimi=väärtus rea kohta. Väärtused võivad sisaldada kohatäiteid {phone} (+E.164), {phoneDigits} (ilma märgita +), {sender} ja {message}; neid võib sisaldada ka aadress.</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Pä&amp;ised:</translation>
    </message>
    <message>
        <source>Extra request headers, one Name: value a line.</source>
        <translation>Täiendavad päringupäised, üks Nimi: väärtus rea kohta.</translation>
    </message>
    <message>
        <source>Success te&amp;xt:</source>
        <translation>Õ&amp;nnestumise tekst:</translation>
    </message>
    <message>
        <source>A 2xx answer counts as sent only when its body contains this text (empty: any 2xx answer).</source>
        <translation>2xx-vastust loetakse saadetuks ainult siis, kui selle sisu sisaldab seda teksti (tühi: iga 2xx-vastus).</translation>
    </message>
    <message>
        <source>Success &amp;pattern:</source>
        <translation>&amp;Õnnestumise muster:</translation>
    </message>
    <message>
        <source>A regular expression the body must match; a group named id, (?&lt;id&gt;...), becomes the message id.</source>
        <translation>Regulaaravaldis, millele sisu peab vastama; rühm nimega id, (?&lt;id&gt;...), saab sõnumi ID-ks.</translation>
    </message>
    <message>
        <source>Fail&amp;ure text:</source>
        <translation>E&amp;baõnnestumise tekst:</translation>
    </message>
    <message>
        <source>An answer whose body contains this text counts as failed, whatever its status.</source>
        <translation>Vastust, mille sisu sisaldab seda teksti, loetakse ebaõnnestunuks, olenemata selle olekukoodist.</translation>
    </message>
    <message>
        <source>Check &amp;Connection</source>
        <translation>Kontrolli &amp;ühendust</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Saa&amp;da test-SMS…</translation>
    </message>
    <message>
        <source>Sends a real SMS with this page&apos;s settings, saved or not.</source>
        <translation>Saadab päris SMS-i selle lehe seadetega, olgu need salvestatud või mitte.</translation>
    </message>
    <message>
        <source>Failover gateway: %1</source>
        <translation>Varulüüs: %1</translation>
    </message>
    <message>
        <source>Failover type:</source>
        <translation>Varulüüsi tüüp:</translation>
    </message>
    <message>
        <source>The failover gateway&apos;s protocol. Its fields work like the first gateway&apos;s.</source>
        <translation>Varulüüsi protokoll. Selle väljad toimivad nagu esimese lüüsi omad.</translation>
    </message>
    <message>
        <source>First gateway: %1</source>
        <translation>Esimene lüüs: %1</translation>
    </message>
    <message>
        <source>Use a fail&amp;over gateway</source>
        <translation>Kasuta &amp;varulüüsi</translation>
    </message>
    <message>
        <source>A second gateway, tried when the first one cannot be reached, times out or is busy. Its password or token is stored encrypted like the first one&apos;s.</source>
        <translation>Teine lüüs, mida proovitakse, kui esimene pole kättesaadav, ei vasta õigel ajal või on hõivatud. Selle parool või luba salvestatakse krüptituna nagu esimese oma.</translation>
    </message>
    <message>
        <source>Tried only when the first gateway fails with a connection, TLS or timeout error or asks to try again later. A refused login, number or sender is not retried there.</source>
        <translation>Proovitakse ainult siis, kui esimene lüüs annab ühenduse-, TLS- või ajalõpuvea või palub hiljem uuesti proovida. Tagasi lükatud kasutajanime, numbrit või saatjat seal uuesti ei proovita.</translation>
    </message>
    <message>
        <source>Connects to the gateway, and to the failover gateway when one is used (with TLS and, for SMS Proxy, both certificates), without sending an SMS.</source>
        <translation>Ühendub lüüsiga ja varulüüsiga, kui seda kasutatakse (TLS-iga ja SMS Proxy puhul mõlema sertifikaadiga), SMS-i saatmata.</translation>
    </message>
</context>
<context>
    <name>GenericHttpGateway</name>
    <message>
        <source>The URL template does not give a valid address: %1</source>
        <translation>URL-i mall ei anna kehtivat aadressi: %1</translation>
    </message>
    <message>
        <source>The gateway answered with the failure text.</source>
        <translation>Lüüs vastas veatekstiga.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not contain the success text.</source>
        <translation>Lüüsi vastus ei sisalda õnnestumise teksti.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not match the success pattern.</source>
        <translation>Lüüsi vastus ei vasta õnnestumise mustrile.</translation>
    </message>
</context>
<context>
    <name>HelpDeskPage</name>
    <message>
        <source>Help desk</source>
        <translation>Kasutajatugi</translation>
    </message>
    <message>
        <source>Help desk: authenticators</source>
        <translation>Kasutajatugi: autentijad</translation>
    </message>
    <message>
        <source>Search by login, or type a phone number (Ctrl+F)</source>
        <translation>Otsige kasutajanime järgi või sisestage telefoninumber (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Otsing</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Kasutajanimi algab</translation>
    </message>
    <message>
        <source>Login contains</source>
        <translation>Kasutajanimi sisaldab</translation>
    </message>
    <message>
        <source>&quot;Starts with&quot; uses an index and is instant on a million users; &quot;contains&quot; reads every login.</source>
        <translation>„Algab“ kasutab indeksit ja on miljoni kasutaja korral kohene; „sisaldab“ loeb läbi iga kasutajanime.</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Otsingurežiim</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kõik olekud</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokeeritud</translation>
    </message>
    <message>
        <source>Use denied</source>
        <translation>Kasutamine keelatud</translation>
    </message>
    <message>
        <source>With failed attempts</source>
        <translation>Ebaõnnestunud katsetega</translation>
    </message>
    <message>
        <source>Show only authenticators in this state.</source>
        <translation>Näita ainult selles olekus autentijaid.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Olekufilter</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Autentijad</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Otsi</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registreeri…</translation>
    </message>
    <message>
        <source>Register a new SMS authenticator for a user (Ctrl+N).</source>
        <translation>Registreeri kasutajale uus SMS-autentija (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impordi CSV…</translation>
    </message>
    <message>
        <source>Register many users from a CSV file of login, phone and comment.</source>
        <translation>Registreeri palju kasutajaid CSV-failist, milles on kasutajanimi, telefon ja kommentaar.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Eemalda blokeering</translation>
    </message>
    <message>
        <source>Unblock the selected authenticators (Ctrl+U).</source>
        <translation>Eemalda valitud autentijate blokeering (Ctrl+U).</translation>
    </message>
    <message>
        <source>Unblock &amp;All…</source>
        <translation>Eemalda kõi&amp;gi blokeering…</translation>
    </message>
    <message>
        <source>Reset &amp;Counter</source>
        <translation>&amp;Lähtesta loendur</translation>
    </message>
    <message>
        <source>Set the failed attempts of the selected authenticator back to zero.</source>
        <translation>Lähtesta valitud autentija ebaõnnestunud katsete arv nulliks.</translation>
    </message>
    <message>
        <source>Edit &amp;Phone…</source>
        <translation>&amp;Muuda telefoninumbrit…</translation>
    </message>
    <message>
        <source>Change the phone number; it is normalised by the Phone format rules.</source>
        <translation>Muuda telefoninumbrit; see normaliseeritakse telefoninumbri vormingu reeglite järgi.</translation>
    </message>
    <message>
        <source>Edit C&amp;omment…</source>
        <translation>Muuda k&amp;ommentaari…</translation>
    </message>
    <message>
        <source>Change the comment of the selected authenticator.</source>
        <translation>Muuda valitud autentija kommentaari.</translation>
    </message>
    <message>
        <source>Re&amp;veal Phone</source>
        <translation>&amp;Näita telefoninumbrit</translation>
    </message>
    <message>
        <source>Show the whole phone number. This is recorded in the event log.</source>
        <translation>Näita kogu telefoninumbrit. See salvestatakse sündmuste logisse.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>K&amp;ustuta…</translation>
    </message>
    <message>
        <source>Delete the selected authenticators (Del).</source>
        <translation>Kustuta valitud autentijad (Del).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Värskenda</translation>
    </message>
    <message>
        <source>Read the authenticators again (F5).</source>
        <translation>Loe autentijad uuesti (F5).</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Ükski andmehoidla pole avatud</translation>
    </message>
    <message numerus="yes">
        <source>%Ln authenticator(s)</source>
        <translation>
            <numerusform>%Ln autentija</numerusform>
            <numerusform>%Ln autentijat</numerusform>
        </translation>
    </message>
    <message>
        <source>(phone number matched exactly)</source>
        <translation>(telefoninumbri täpne vaste)</translation>
    </message>
    <message>
        <source>Unlock the store key first (File → Unlock Store Key…): phone numbers are encrypted.</source>
        <translation>Avage kõigepealt andmehoidla võti (Fail → Ava andmehoidla võti…): telefoninumbrid on krüptitud.</translation>
    </message>
    <message>
        <source>Unblock every blocked authenticator in the store, after showing how many.</source>
        <translation>Eemalda blokeering kõigilt andmehoidla blokeeritud autentijatelt, näidates enne nende arvu.</translation>
    </message>
    <message>
        <source>Unblock Authenticators</source>
        <translation>Autentijate blokeeringu eemaldamine</translation>
    </message>
    <message numerus="yes">
        <source>Unblock the %n selected authenticator(s)? Those that are not blocked stay as they are.</source>
        <translation>
            <numerusform>Kas eemaldada blokeering %n valitud autentijalt? Kui autentija pole blokeeritud, jääb see samaks.</numerusform>
            <numerusform>Kas eemaldada blokeering %n valitud autentijalt? Autentijad, mis pole blokeeritud, jäävad samaks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock All</source>
        <translation>Kõigi blokeeringute eemaldamine</translation>
    </message>
    <message>
        <source>No authenticator is blocked.</source>
        <translation>Ükski autentija pole blokeeritud.</translation>
    </message>
    <message numerus="yes">
        <source>Unblock all %Ln blocked authenticator(s) in this store? Their failure counters are reset too.</source>
        <translation>
            <numerusform>Kas eemaldada blokeering %Ln blokeeritud autentijalt selles andmehoidlas? Ka selle ebaõnnestumiste loendur lähtestatakse.</numerusform>
            <numerusform>Kas eemaldada blokeering kõigilt %Ln blokeeritud autentijalt selles andmehoidlas? Ka nende ebaõnnestumiste loendurid lähtestatakse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failure counter reset.</source>
        <translation>%1: ebaõnnestumiste loendur lähtestatud.</translation>
    </message>
    <message>
        <source>Edit Phone of %1</source>
        <translation>Kasutaja %1 telefoninumbri muutmine</translation>
    </message>
    <message>
        <source>New phone number (it is normalised by the Phone format rules; now %1):</source>
        <translation>Uus telefoninumber (see normaliseeritakse telefoninumbri vormingu reeglite järgi; praegu %1):</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Edit Comment of %1</source>
        <translation>Kasutaja %1 kommentaari muutmine</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentaar:</translation>
    </message>
    <message>
        <source>Delete the SMS authenticator of %1? The user cannot sign in with SMS until it is registered again.</source>
        <translation>Kas kustutada kasutaja %1 SMS-autentija? Kasutaja ei saa SMS-iga sisse logida enne, kui autentija on uuesti registreeritud.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected SMS authenticator(s)? These users cannot sign in with SMS until they are registered again.</source>
        <translation>
            <numerusform>Kas kustutada %n valitud SMS-autentija? See kasutaja ei saa SMS-iga sisse logida enne, kui ta on uuesti registreeritud.</numerusform>
            <numerusform>Kas kustutada %n valitud SMS-autentijat? Need kasutajad ei saa SMS-iga sisse logida enne, kui nad on uuesti registreeritud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Authenticators</source>
        <translation>Autentijate kustutamine</translation>
    </message>
    <message numerus="yes">
        <source>%n authenticator(s) deleted.</source>
        <translation>
            <numerusform>%n autentija kustutatud.</numerusform>
            <numerusform>%n autentijat kustutatud.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store was closed.</source>
        <translation>Andmehoidla suleti.</translation>
    </message>
    <message>
        <source>phone number revealed in the console</source>
        <translation>telefoninumber kuvati konsoolis</translation>
    </message>
    <message>
        <source>%1: phone number revealed (recorded in the event log).</source>
        <translation>%1: telefoninumber kuvatud (salvestatud sündmuste logisse).</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>Kasutaja %1 telefoninumber</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n kasutaja imporditud.</numerusform>
            <numerusform>%n kasutajat imporditud.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no key yet, and phone numbers are stored encrypted: create the key first (File → Create Store Key…).</source>
        <translation>Sellel andmehoidlal pole veel võtit ja telefoninumbrid salvestatakse krüptituna: looge kõigepealt võti (Fail → Loo andmehoidla võti…).</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln authenticator(s)</source>
        <translation>
            <numerusform>umbes %Ln autentija</numerusform>
            <numerusform>umbes %Ln autentijat</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s estimate. The exact number is being counted and replaces it.</source>
        <translation>Andmebaasi hinnang. Täpset arvu loendatakse ja see asendab hinnangu.</translation>
    </message>
    <message>
        <source>Your store login (%1) may only read: the help desk&apos;s changes need the help desk or administrator role. Ask the store&apos;s administrator (smsotp-cli store grant).</source>
        <translation>Teie andmehoidla kasutaja (%1) võib ainult lugeda: kasutajatoe muudatused vajavad kasutajatoe või administraatori rolli. Pöörduge andmehoidla administraatori poole (smsotp-cli store grant).</translation>
    </message>
    <message>
        <source>Matches logins; a whole phone number is matched exactly (needs the store key). At most %1 characters.</source>
        <translation>Otsib kasutajanimede järgi; terve telefoninumbri korral otsitakse täpset vastet (vajab andmehoidla võtit). Kõige rohkem %1 märki.</translation>
    </message>
    <message>
        <source>Import from &amp;Directory…</source>
        <translation>Impordi &amp;kataloogist…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimingud</translation>
    </message>
    <message>
        <source>Every help-desk action, including the less frequent ones.</source>
        <translation>Kõik kasutajatoe toimingud, ka harvemini kasutatavad.</translation>
    </message>
    <message>
        <source>Register the directory&apos;s users with the numbers the directory holds (Settings → Directory).</source>
        <translation>Registreeri kataloogi kasutajad kataloogis olevate numbritega (Seaded → Kataloog).</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Kasutajate importimine</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported or updated from the directory.</source>
        <translation>
            <numerusform>Kataloogist imporditi või uuendati %n kasutaja.</numerusform>
            <numerusform>Kataloogist imporditi või uuendati %n kasutajat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Cannot Read History</source>
        <translation>Ajalugu ei saa lugeda</translation>
    </message>
    <message>
        <source>Version %1, saved by %2.</source>
        <translation>Versioon %1, salvestas %2.</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Muudatused:</translation>
    </message>
    <message>
        <source>Values of this version:</source>
        <translation>Selle versiooni väärtused:</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Versiooni taastamine</translation>
    </message>
    <message>
        <source>Save version %1 of &quot;%2&quot; again as its newest version? Unsaved input on that page is replaced.</source>
        <translation>Kas salvestada jaotise „%2“ versioon %1 uuesti selle uusimaks versiooniks? Selle lehe salvestamata sisestus asendatakse.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Taastamine ebaõnnestus</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 ajalugu</translation>
    </message>
    <message>
        <source>Every save of &quot;%1&quot;, newest first. Choose a version to see its values; Restore saves it again as a new version.</source>
        <translation>Jaotise „%1“ kõik salvestused, uusimad eespool. Väärtuste nägemiseks valige versioon; taastamine salvestab selle uuesti uue versioonina.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Salvestatud versioonid</translation>
    </message>
    <message>
        <source>Details of the chosen version</source>
        <translation>Valitud versiooni üksikasjad</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Taasta see versioon</translation>
    </message>
    <message>
        <source>Save the chosen version again; the versions after it stay in the history.</source>
        <translation>Salvesta valitud versioon uuesti; sellele järgnenud versioonid jäävad ajalukku.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulge</translation>
    </message>
</context>
<context>
    <name>HttpGatewayBase</name>
    <message>
        <source>The gateway refused the login, password or token (HTTP %1).</source>
        <translation>Lüüs lükkas kasutajanime, parooli või tõendi tagasi (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway is busy (HTTP %1); try again later.</source>
        <translation>Lüüs on hõivatud (HTTP %1); proovige hiljem uuesti.</translation>
    </message>
    <message>
        <source>The gateway&apos;s server failed (HTTP %1).</source>
        <translation>Lüüsi serveris tekkis tõrge (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway redirected the request (HTTP %1); check the address.</source>
        <translation>Lüüs suunas päringu ümber (HTTP %1); kontrollige aadressi.</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>Lüüs lükkas päringu tagasi (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 refused the message: %2 (HTTP %3).</source>
        <translation>%1 lükkas sõnumi tagasi: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Cancelled. The gateway may already have accepted the message.</source>
        <translation>Tühistatud. Lüüs võis sõnumi juba vastu võtta.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 within %n second(s).</source>
        <translation>
            <numerusform>Ühendust serveriga %1 ei loodud %n sekundi jooksul.</numerusform>
            <numerusform>Ühendust serveriga %1 ei loodud %n sekundi jooksul.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s); the message may or may not have been accepted.</source>
        <translation>
            <numerusform>Server %1 ei vastanud %n sekundi jooksul; pole teada, kas sõnum võeti vastu.</numerusform>
            <numerusform>Server %1 ei vastanud %n sekundi jooksul; pole teada, kas sõnum võeti vastu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (the server must offer TLS 1.2 or newer and accept this client): %2</source>
        <translation>Turvaline ühendus serveriga %1 ebaõnnestus (server peab pakkuma TLS 1.2 või uuemat ja aktsepteerima seda klienti): %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Serveri %1 sertifikaat pole usaldusväärne: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Serveriga %1 ei saa ühendust: %2</translation>
    </message>
    <message>
        <source>The gateway answered (HTTP %1): the address and the secure connection work. Send a test SMS to check the credentials and the sender.</source>
        <translation>Lüüs vastas (HTTP %1): aadress ja turvaline ühendus töötavad. Juurdepääsuandmete ja saatja kontrollimiseks saatke test-SMS.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Aadress ei ole kehtiv URL.</translation>
    </message>
</context>
<context>
    <name>HttpsServer</name>
    <message>
        <source>Cannot use the certificate %1: %2</source>
        <translation>Sertifikaati %1 ei saa kasutada: %2</translation>
    </message>
    <message>
        <source>Cannot use the private key %1: %2</source>
        <translation>Privaatvõtit %1 ei saa kasutada: %2</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>Privaatvõti %1 ei kuulu sertifikaadile %2.</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>TLS-i ei saa seadistada: %1</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1).</source>
        <translation>Päring lükati tagasi (HTTP %1).</translation>
    </message>
    <message>
        <source>No such endpoint: %1 %2</source>
        <translation>Sellist lõpp-punkti pole: %1 %2</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Päringu sisu on suurem kui %1 baiti.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>Päring on vigane.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Sisemine viga.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Aadressil %1 pordis %2 ei saa kuulata: %3</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Aadressil %1 pordis %2 ei saa kuulata.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Failed</source>
        <translation>Importimine ebaõnnestus</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Midagi ei salvestatud.</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Seadete importimine</translation>
    </message>
    <message>
        <source>%1 holds the settings stored now: importing it changes nothing.</source>
        <translation>%1 sisaldab praegu salvestatud seadeid: importimine ei muuda midagi.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 changes %n field(s) listed below. Nothing is written until you choose Apply; the sections are then saved together, or none of them.</source>
        <translation>
            <numerusform>%1 importimine muudab %n allpool loetletud välja. Midagi ei kirjutata enne, kui valite Rakenda; siis salvestatakse jaotised koos või ei salvestata ühtegi.</numerusform>
            <numerusform>%1 importimine muudab %n allpool loetletud välja. Midagi ei kirjutata enne, kui valite Rakenda; siis salvestatakse jaotised koos või ei salvestata ühtegi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Praegu</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Pärast importi</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation>Importimisega tehtavad muudatused</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Rakenda</translation>
    </message>
    <message>
        <source>Save the imported settings.</source>
        <translation>Salvesta imporditud seaded.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Loobu</translation>
    </message>
</context>
<context>
    <name>IpAllowListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is already in the list (row %2).</source>
        <translation>%1 on juba loendis (rida %2).</translation>
    </message>
    <message>
        <source>An address (100.10.10.2) or a CIDR range (100.10.10.0/24)</source>
        <translation>Aadress (100.10.10.2) või CIDR-vahemik (100.10.10.0/24)</translation>
    </message>
    <message>
        <source>A note for the administrators, for example the office&apos;s town</source>
        <translation>Märkus administraatoritele, näiteks kontori asukoha linn</translation>
    </message>
    <message>
        <source>Address or range</source>
        <translation>Aadress või vahemik</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentaar</translation>
    </message>
</context>
<context>
    <name>IpAllowListSettings</name>
    <message>
        <source>enter an address or a range</source>
        <translation>sisestage aadress või vahemik</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or a CIDR range such as 192.0.2.0/24</source>
        <translation>„%1“ ei ole IP-aadress ega CIDR-vahemik, nt 192.0.2.0/24</translation>
    </message>
    <message>
        <source>entry %1 must be {&quot;ip&quot;: text, &quot;comment&quot;: text}</source>
        <translation>kirje %1 peab olema kujul {&quot;ip&quot;: tekst, &quot;comment&quot;: tekst}</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rida %1</translation>
    </message>
    <message>
        <source>an exempt account cannot be empty</source>
        <translation>erandkonto ei tohi olla tühi</translation>
    </message>
    <message>
        <source>add at least one address before turning the allow-list on</source>
        <translation>enne lubatud IP-aadresside loendi sisselülitamist lisage vähemalt üks aadress</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a full IPv4 address: write all four numbers, such as 192.168.1.0 (short forms are not accepted)</source>
        <translation>„%1“ ei ole täielik IPv4-aadress: kirjutage kõik neli arvu, nt 192.168.1.0 (lühivorme ei aktsepteerita)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number with a leading zero is ambiguous (it may be read as octal); write 10.0.0.1, not 010.0.0.1</source>
        <translation>„%1“: eesnulliga arv on mitmetähenduslik (seda võidakse lugeda kaheksandarvuna); kirjutage 10.0.0.1, mitte 010.0.0.1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: each number of an IPv4 address is 0 to 255</source>
        <translation>„%1“: IPv4-aadressi iga arv on vahemikus 0 kuni 255</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a zone id (&apos;%&apos;) cannot be used in the allow-list</source>
        <translation>„%1“: tsooni ID-d („%“) ei saa lubatud IP-aadresside loendis kasutada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address such as 2001:db8::1</source>
        <translation>„%1“ ei ole IPv6-aadress, nt 2001:db8::1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the prefix length after &apos;/&apos; must be a number from 0 to %2</source>
        <translation>„%1“: prefiksi pikkus pärast märki „/“ peab olema arv vahemikus 0 kuni %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (entry %2) is already in the list as &apos;%3&apos; (entry %4); remove the duplicate</source>
        <translation>„%1“ (kirje %2) on loendis juba kujul „%3“ (kirje %4); eemaldage duplikaat</translation>
    </message>
    <message>
        <source>the comment of %1 must be one line of at most %2 characters, without control characters</source>
        <translation>aadressi %1 kommentaar peab olema üks rida, kõige rohkem %2 märki, ilma juhtmärkideta</translation>
    </message>
    <message numerus="yes">
        <source>an exempt account may have at most %n characters</source>
        <translation>
            <numerusform>erandkontos võib olla kõige rohkem %n märk</numerusform>
            <numerusform>erandkontos võib olla kõige rohkem %n märki</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 trusted proxies</source>
        <translation>kõige rohkem %1 usaldatud puhverserverit</translation>
    </message>
</context>
<context>
    <name>IpAllowListSettingsPage</name>
    <message>
        <source>Import Allow-List</source>
        <translation>Lubatud loendi importimine</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-failid (*.json);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Export Allow-List</source>
        <translation>Lubatud loendi eksportimine</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-failid (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) removed.</source>
        <translation>
            <numerusform>%n kirje eemaldatud.</numerusform>
            <numerusform>%n kirjet eemaldatud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import Allow-List</source>
        <translation>Lubatud loendit ei saa importida</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON list such as [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}]. %2</source>
        <translation>%1 ei ole JSON-loend kujul [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}]. %2</translation>
    </message>
    <message>
        <source>Cannot Export Allow-List</source>
        <translation>Lubatud loendit ei saa eksportida</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ei saa kirjutada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1.</source>
        <translation>
            <numerusform>%n kirje kirjutatud faili %1.</numerusform>
            <numerusform>%n kirjet kirjutatud faili %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) added.</source>
        <translation>
            <numerusform>%n kirje lisatud.</numerusform>
            <numerusform>%n kirjet lisatud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n tagasi lükatud:</numerusform>
            <numerusform>%n tagasi lükatud:</numerusform>
        </translation>
    </message>
    <message>
        <source>When on, codes are sent only to requests from the addresses below (error 1201 otherwise). Exempt accounts are never refused, so nobody locks themselves out.</source>
        <translation>Kui see on sisse lülitatud, saadetakse koode ainult allpool loetletud aadressidelt tulevatele päringutele (muidu viga 1201). Erandkontode päringuid ei lükata kunagi tagasi, et keegi ei lukustaks ennast välja.</translation>
    </message>
    <message>
        <source>&amp;Allow requests only from the listed addresses</source>
        <translation>&amp;Luba päringud ainult loetletud aadressidelt</translation>
    </message>
    <message>
        <source>When ticked, a request from any other address is refused with error 1201, unless the account is exempt.</source>
        <translation>Kui see on märgitud, lükatakse mis tahes muult aadressilt tulev päring tagasi veaga 1201, välja arvatud erandkontode puhul.</translation>
    </message>
    <message>
        <source>Allowed addresses and &amp;ranges:</source>
        <translation>Lubatud aadressid ja &amp;vahemikud:</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Lubatud aadressid</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. A range is written as 100.10.10.0/24.</source>
        <translation>Lahtri muutmiseks topeltklõpsake seda. Vahemik kirjutatakse kujul 100.10.10.0/24.</translation>
    </message>
    <message>
        <source>A&amp;dd:</source>
        <translation>Lis&amp;a:</translation>
    </message>
    <message>
        <source>Address or range, e.g. 100.10.10.2</source>
        <translation>Aadress või vahemik, nt 100.10.10.2</translation>
    </message>
    <message>
        <source>New address or range</source>
        <translation>Uus aadress või vahemik</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, or a CIDR range such as 100.10.10.0/24.</source>
        <translation>IPv4- või IPv6-aadress või CIDR-vahemik, nt 100.10.10.0/24.</translation>
    </message>
    <message>
        <source>Comment, e.g. Tartu office</source>
        <translation>Kommentaar, nt Tartu kontor</translation>
    </message>
    <message>
        <source>Comment of the new entry</source>
        <translation>Uue kirje kommentaar</translation>
    </message>
    <message>
        <source>Optional: a note for the administrators.</source>
        <translation>Valikuline: märkus administraatoritele.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Add the address to the list. An address already listed is refused.</source>
        <translation>Lisa aadress loendisse. Juba loendis olevat aadressi ei lisata.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eemalda</translation>
    </message>
    <message>
        <source>Remove the selected entries.</source>
        <translation>Eemalda valitud kirjed.</translation>
    </message>
    <message>
        <source>&amp;Paste Lines</source>
        <translation>&amp;Kleebi read</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s lines, one entry a line in the form &quot;100.10.10.2 # Tartu&quot;.</source>
        <translation>Lisa lõikelaua read, üks kirje rea kohta kujul &quot;100.10.10.2 # Tartu&quot;.</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Impordi JSON…</translation>
    </message>
    <message>
        <source>Add the entries of a JSON file: [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}].</source>
        <translation>Lisa JSON-faili kirjed: [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}].</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;kspordi JSON…</translation>
    </message>
    <message>
        <source>Write the list to a JSON file in the same form.</source>
        <translation>Kirjuta loend samas vormingus JSON-faili.</translation>
    </message>
    <message>
        <source>&amp;Exempt accounts (one login a line):</source>
        <translation>E&amp;randkontod (üks kasutajanimi rea kohta):</translation>
    </message>
    <message>
        <source>Exempt accounts</source>
        <translation>Erandkontod</translation>
    </message>
    <message>
        <source>These accounts get codes from any address. Keep an administrator here.</source>
        <translation>Need kontod saavad koode mis tahes aadressilt. Hoidke siin vähemalt üht administraatorit.</translation>
    </message>
    <message>
        <source>&amp;Trusted proxies of the provider servers (one address or range a line):</source>
        <translation>Serverite &amp;usaldatud puhverserverid (üks aadress või vahemik rea kohta):</translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation>Usaldatud puhverserverid</translation>
    </message>
    <message>
        <source>Load balancers or reverse proxies in front of smsotp-server. Only from these addresses is the caller&apos;s address taken from the X-Forwarded-For header; from any other caller the header is ignored and the connection&apos;s own address is checked.</source>
        <translation>Koormusjaoturid või pöördpuhverserverid smsotp-serveri ees. Ainult nendelt aadressidelt võetakse päringu tegija aadress päisest X-Forwarded-For; kõigi teiste puhul päist eiratakse ja kontrollitakse ühenduse enda aadressi.</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or 10.0.0.0/29</source>
        <translation>nt 10.0.0.5 või 10.0.0.0/29</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>unknown setting</source>
        <translation>tundmatu säte</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>peab olema %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true või false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>täisarv</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list of text values</source>
        <translation>tekstiväärtuste loend</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>peab olema üks järgmistest: %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>loend</translation>
    </message>
    <message>
        <source>true or false (or 1 or 0)</source>
        <translation>true või false (või 1 või 0)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The console is locked</source>
        <translation>Konsool on lukustatud</translation>
    </message>
    <message numerus="yes">
        <source>Locked at %1 after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Lukustatud kell %1 %n minuti tegevusetuse järel.</numerusform>
            <numerusform>Lukustatud kell %1 %n minuti tegevusetuse järel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked at %1 with File → Lock Now.</source>
        <translation>Lukustatud kell %1 käsuga Fail → Lukusta kohe.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes on %n page(s) are kept and shown again after unlocking.</source>
        <translation>
            <numerusform>%n lehe salvestamata muudatused säilivad ja kuvatakse pärast lukust avamist uuesti.</numerusform>
            <numerusform>%n lehe salvestamata muudatused säilivad ja kuvatakse pärast lukust avamist uuesti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open dialog(s) were closed; what was typed in them is lost.</source>
        <translation>
            <numerusform>%n avatud dialoogiaken suleti; sellesse sisestatu läks kaotsi.</numerusform>
            <numerusform>%n avatud dialoogiakent suleti; neisse sisestatu läks kaotsi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store key was wiped from this console&apos;s memory. Enter the passphrase of %1 to go on:</source>
        <translation>Andmehoidla võti kustutati selle konsooli mälust. Jätkamiseks sisestage andmehoidla %1 paroolifraas:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Paroolifraas</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Keychain</source>
        <translation>Kasuta selle arvuti &amp;võtmehoidjat</translation>
    </message>
    <message>
        <source>Unlock with the store key remembered in this computer&apos;s keychain, as opening the store does.</source>
        <translation>Ava lukust selle arvuti võtmehoidjas meelde jäetud andmehoidla võtmega, nagu andmehoidla avamiselgi.</translation>
    </message>
    <message>
        <source>Locked console</source>
        <translation>Lukustatud konsool</translation>
    </message>
    <message>
        <source>The keychain button still works: it asks for no passphrase.</source>
        <translation>Võtmehoidja nupp töötab endiselt: see ei küsi paroolifraasi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguratsioon</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Autentijad</translation>
    </message>
    <message>
        <source>Storage SMS OTP</source>
        <translation>Storage SMS OTP</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (salvestamata)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Ava andmehoidla…</translation>
    </message>
    <message>
        <source>Open a SQLite store file or connect to a PostgreSQL store.</source>
        <translation>Ava SQLite&apos;i andmehoidla fail või loo ühendus PostgreSQL-i andmehoidlaga.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Viimati &amp;kasutatud</translation>
    </message>
    <message>
        <source>&amp;Save Page</source>
        <translation>&amp;Salvesta leht</translation>
    </message>
    <message>
        <source>Save the settings page shown on the right.</source>
        <translation>Salvesta paremal kuvatud seadete leht.</translation>
    </message>
    <message>
        <source>&amp;Export Settings…</source>
        <translation>&amp;Ekspordi seaded…</translation>
    </message>
    <message>
        <source>Write the stored settings to a JSON file (secrets left out).</source>
        <translation>Kirjuta salvestatud seaded JSON-faili (saladusteta).</translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation>&amp;Impordi seaded…</translation>
    </message>
    <message>
        <source>Read settings from a JSON file; you see what changes before it is saved.</source>
        <translation>Loe seaded JSON-failist; enne salvestamist näete, mis muutub.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tühjenda loend</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;About SMS OTP Console</source>
        <translation>&amp;SMS OTP Console&apos;i teave</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt teave</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigeerimine</translation>
    </message>
    <message>
        <source>Choose the page to show on the right.</source>
        <translation>Valige paremal kuvatav leht.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Leht</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>Andmehoidlat ei saa avada</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Avatud: %1.</translation>
    </message>
    <message>
        <source>Looking up the password of %1 in the keychain…</source>
        <translation>%1 parooli otsimine võtmehoidjast…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Võtmehoidjat ei saanud lugeda: %1</translation>
    </message>
    <message>
        <source>Cannot Read Settings</source>
        <translation>Seadeid ei saa lugeda</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Salvestamata muudatused</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has changes that are not saved. Save them before leaving the page?</source>
        <translation>Lehel „%1“ on salvestamata muudatusi. Kas salvestada need enne lehelt lahkumist?</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>Seaded eksporditi faili %1.</translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Seadete eksportimine</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Avage kõigepealt andmehoidla.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-failid (*.json)</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Seadete importimine</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-failid (*.json);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>SMS OTP Console</source>
        <translation>SMS OTP Console</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Ükski andmehoidla pole avatud</translation>
    </message>
    <message>
        <source>%1 — SMS OTP Console</source>
        <translation>%1 — SMS OTP Console</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Andmehoidla: %1</translation>
    </message>
    <message>
        <source>%1
Identity: %2</source>
        <translation>%1
Identiteet: %2</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ava andmehoidla</translation>
    </message>
    <message>
        <source>Kind of store</source>
        <translation>Andmehoidla liik</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Võtmehoidjat ei saanud uuendada: %1</translation>
    </message>
    <message>
        <source>These pages have changes that are not saved: %1. Save them?</source>
        <translation>Neil lehtedel on salvestamata muudatusi: %1. Kas salvestada need?</translation>
    </message>
    <message>
        <source>Store identity: %1</source>
        <translation>Andmehoidla identiteet: %1</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ükski andmehoidla pole avatud.</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3.</source>
        <translation>Versioon %1, kompileeritud Qt versiooniga %2, töötab Qt versiooniga %3.</translation>
    </message>
    <message>
        <source>A management console for an SMS one-time-password authentication provider.</source>
        <translation>Halduskonsool SMS-i ühekordsete paroolide autentimisteenuse jaoks.</translation>
    </message>
    <message>
        <source>For internal use.</source>
        <translation>Sisekasutuseks.</translation>
    </message>
    <message>
        <source>About SMS OTP Console</source>
        <translation>SMS OTP Console&apos;i teave</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tööriistad</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Saada &amp;test-SMS…</translation>
    </message>
    <message>
        <source>Send a real SMS through the saved gateway settings to check them.</source>
        <translation>Saada salvestatud lüüsiseadete kaudu päris SMS, et neid kontrollida.</translation>
    </message>
    <message>
        <source>Your store login (%1) may not change settings.</source>
        <translation>Teie andmehoidla kasutaja (%1) ei tohi seadeid muuta.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Roll: %1</translation>
    </message>
    <message>
        <source>A local store file has no roles: whoever may write the file administers it.</source>
        <translation>Kohalikul andmehoidla failil pole rolle: seda haldab see, kes tohib faili kirjutada.</translation>
    </message>
    <message>
        <source>The rights of your PostgreSQL login in this store (administrator, help desk or auditor); the database refuses anything else.</source>
        <translation>Teie PostgreSQL-i kasutaja õigused selles andmehoidlas (administraator, kasutajatugi või audiitor); kõik muu lükkab andmebaas tagasi.</translation>
    </message>
    <message>
        <source>Your role in the store</source>
        <translation>Teie roll andmehoidlas</translation>
    </message>
    <message>
        <source>Updating the Store</source>
        <translation>Andmehoidla uuendamine</translation>
    </message>
    <message>
        <source>Do not close the console: each step is kept only when it is finished.</source>
        <translation>Ärge sulgege konsooli: iga samm säilib alles siis, kui see on lõpuni tehtud.</translation>
    </message>
    <message>
        <source>Reconnected to the store.</source>
        <translation>Ühendus andmehoidlaga taastati.</translation>
    </message>
</context>
<context>
    <name>MegafonGateway</name>
    <message>
        <source>The number %1 is not an international number.</source>
        <translation>Number %1 ei ole rahvusvaheline number.</translation>
    </message>
    <message>
        <source>Megafon answered HTTP %1 instead of 200.</source>
        <translation>Megafon vastas HTTP %1, mitte 200.</translation>
    </message>
    <message>
        <source>Megafon&apos;s answer is not in the expected form.</source>
        <translation>Megafoni vastus pole oodatud kujul.</translation>
    </message>
    <message>
        <source>Megafon refused the message: %1 (code %2).</source>
        <translation>Megafon lükkas sõnumi tagasi: %1 (kood %2).</translation>
    </message>
    <message>
        <source>Megafon refused the phone number (code %1).</source>
        <translation>Megafon lükkas telefoninumbri tagasi (kood %1).</translation>
    </message>
    <message>
        <source>Megafon refused the sender name (code %1).</source>
        <translation>Megafon lükkas saatja nime tagasi (kood %1).</translation>
    </message>
</context>
<context>
    <name>MessageFormatSettings</name>
    <message>
        <source>a name may have at most 11 characters (or up to 15 digits)</source>
        <translation>nimes võib olla kõige rohkem 11 märki (või kuni 15 numbrit)</translation>
    </message>
    <message>
        <source>may contain only Latin letters, digits, spaces, &apos;-&apos; and &apos;.&apos;</source>
        <translation>tohib sisaldada ainult ladina tähti, numbreid, tühikuid, märke „-“ ja „.“</translation>
    </message>
    <message>
        <source>a name needs at least one letter (or up to 15 digits only)</source>
        <translation>nimes peab olema vähemalt üks täht (või ainult kuni 15 numbrit)</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>peab olema üherealine</translation>
    </message>
    <message>
        <source>must be one of the offered formats: %1</source>
        <translation>peab olema üks pakutud vormingutest: %1</translation>
    </message>
</context>
<context>
    <name>MessageFormatSettingsPage</name>
    <message>
        <source>(the gateway&apos;s default sender)</source>
        <translation>(lüüsi vaikimisi saatja)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Saatja: %1</translation>
    </message>
    <message>
        <source>(UCS-2 because of “%1”: one SMS holds 70 characters instead of 160)</source>
        <translation>(UCS-2 märgi „%1“ tõttu: ühte SMS-i mahub 160 märgi asemel 70)</translation>
    </message>
    <message>
        <source>What the SMS says. The message is the text before the code, a space and the code, then the date on a new line when a date format is chosen.</source>
        <translation>Mida SMS ütleb. Sõnum koosneb koodile eelnevast tekstist, tühikust ja koodist ning kuupäevast uuel real, kui kuupäeva vorming on valitud.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>&amp;Saatja nimi:</translation>
    </message>
    <message>
        <source>The name the phone shows as the sender: up to 11 Latin letters, digits, spaces, &apos;-&apos; and &apos;.&apos;, with at least one letter, or up to 15 digits. Empty: the gateway&apos;s default.</source>
        <translation>Nimi, mida telefon näitab saatjana: kuni 11 ladina tähte, numbrit, tühikut, „-“ ja „.“, millest vähemalt üks on täht, või kuni 15 numbrit. Tühi: lüüsi vaikeväärtus.</translation>
    </message>
    <message>
        <source>&amp;Text before the code:</source>
        <translation>&amp;Tekst enne koodi:</translation>
    </message>
    <message>
        <source>Written before the code, for example &quot;Your sign-in code:&quot;. Empty: only the code is sent.</source>
        <translation>Kirjutatakse enne koodi, näiteks „Teie sisselogimiskood:“. Tühi: saadetakse ainult kood.</translation>
    </message>
    <message>
        <source>&amp;Date of sending:</source>
        <translation>Saatmise &amp;kuupäev:</translation>
    </message>
    <message>
        <source>Adds the date (and time) of sending on a new line, so the user can tell an old message from a new one.</source>
        <translation>Lisab uuele reale saatmise kuupäeva (ja kellaaja), et kasutaja eristaks vana sõnumit uuest.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Puudub</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Sõnumi eelvaade</translation>
    </message>
    <message>
        <source>Length, encoding and number of SMS</source>
        <translation>Pikkus, kodeering ja SMS-ide arv</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Saa&amp;da test-SMS…</translation>
    </message>
    <message>
        <source>Sends this message with a fresh code through the gateway, to a number you choose.</source>
        <translation>Saadab selle sõnumi värske koodiga lüüsi kaudu teie valitud numbrile.</translation>
    </message>
</context>
<context>
    <name>MfmsGateway</name>
    <message>
        <source>MFMSolutions refused the login or password.</source>
        <translation>MFMSolutions lükkas kasutajanime või parooli tagasi.</translation>
    </message>
    <message>
        <source>MFMSolutions refused the phone number.</source>
        <translation>MFMSolutions lükkas telefoninumbri tagasi.</translation>
    </message>
    <message>
        <source>MFMSolutions refused the sender name; it must be registered with the provider.</source>
        <translation>MFMSolutions lükkas saatja nime tagasi; see peab olema teenusepakkuja juures registreeritud.</translation>
    </message>
    <message>
        <source>MFMSolutions had an internal failure; try again later.</source>
        <translation>MFMSolutionsis tekkis sisemine tõrge; proovige hiljem uuesti.</translation>
    </message>
    <message>
        <source>MFMSolutions could not read the request.</source>
        <translation>MFMSolutions ei suutnud päringut lugeda.</translation>
    </message>
    <message>
        <source>MFMSolutions answered something unexpected.</source>
        <translation>MFMSolutions andis ootamatu vastuse.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the store&apos;s schema from version %1 to %2: step %3 of %4…</source>
        <translation>Andmehoidla skeemi uuendamine versioonilt %1 versioonile %2: samm %3/%4…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>The new passphrases differ.</source>
        <translation>Uued paroolifraasid ei ühti.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Uus paroolifraas:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Korda uut paroolifraasi:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Vähemalt %1 märki</translation>
    </message>
</context>
<context>
    <name>OpenLdapDirectoryClient</name>
    <message>
        <source>No directory server is configured.</source>
        <translation>Ühtegi kataloogiserverit pole seadistatud.</translation>
    </message>
    <message>
        <source>%1: the CA certificate file %2 cannot be read</source>
        <translation>%1: CA-sertifikaadi faili %2 ei saa lugeda</translation>
    </message>
    <message>
        <source>%1: not a usable LDAP address: %2</source>
        <translation>%1: kasutuskõlbmatu LDAP-aadress: %2</translation>
    </message>
    <message>
        <source>%1: TLS cannot be set up: %2</source>
        <translation>%1: TLS-i ei saa seadistada: %2</translation>
    </message>
    <message>
        <source>%1: StartTLS failed: %2. Is the server running, and does its certificate name this host and chain to the CA certificate (or to a CA the system trusts)?</source>
        <translation>%1: StartTLS ebaõnnestus: %2. Kas server töötab ning kas selle sertifikaat on antud sellele hostinimele ja ahelas CA-sertifikaadini (või süsteemi usaldatud CA-ni)?</translation>
    </message>
    <message>
        <source>%1: no bind password is saved for %2</source>
        <translation>%1: kasutaja %2 sidumisparooli pole salvestatud</translation>
    </message>
    <message>
        <source>%1: no answer: %2. Is the server running, and does its certificate name this host and chain to the CA certificate (or to a CA the system trusts)?</source>
        <translation>%1: vastust pole: %2. Kas server töötab ning kas selle sertifikaat on antud sellele hostinimele ja ahelas CA-sertifikaadini (või süsteemi usaldatud CA-ni)?</translation>
    </message>
    <message>
        <source>%1: no answer: %2</source>
        <translation>%1: vastust pole: %2</translation>
    </message>
    <message>
        <source>%1: bind as %2 refused: %3</source>
        <translation>%1: sidumisest kasutajana %2 keelduti: %3</translation>
    </message>
    <message>
        <source>%1: no answer to the search: %2</source>
        <translation>%1: otsingule pole vastust: %2</translation>
    </message>
    <message>
        <source>%1: the search failed: %2</source>
        <translation>%1: otsing ebaõnnestus: %2</translation>
    </message>
    <message>
        <source>%1: the base DN %2 does not exist in the directory</source>
        <translation>%1: baas-DN-i %2 kataloogis pole</translation>
    </message>
    <message>
        <source>%1: the paged search cannot be set up</source>
        <translation>%1: lehekülgede kaupa otsingut ei saa seadistada</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Open Store</source>
        <translation>Andmehoidla avamine</translation>
    </message>
    <message>
        <source>&amp;Kind of store:</source>
        <translation>Andmehoidla &amp;liik:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite&apos;i fail selles arvutis</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-server</translation>
    </message>
    <message>
        <source>A SQLite file needs no server; a PostgreSQL store is shared by every provider server and console.</source>
        <translation>SQLite&apos;i fail ei vaja serverit; PostgreSQL-i andmehoidlat jagavad kõik autentimisserverid ja konsoolid.</translation>
    </message>
    <message>
        <source>Kind of store</source>
        <translation>Andmehoidla liik</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>The store&apos;s SQLite file, with its full path.</source>
        <translation>Andmehoidla SQLite&apos;i fail koos täieliku teega.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Andmehoidla fail</translation>
    </message>
    <message>
        <source>/path/to/store.db</source>
        <translation>/path/to/store.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Choose the store&apos;s file.</source>
        <translation>Valige andmehoidla fail.</translation>
    </message>
    <message>
        <source>&amp;Create a new store when the file does not exist</source>
        <translation>L&amp;oo uus andmehoidla, kui faili pole olemas</translation>
    </message>
    <message>
        <source>Creates the file with the default settings. Leave it off to be told when the path is wrong instead.</source>
        <translation>Loob faili vaikeseadetega. Jätke märkimata, kui soovite hoopis teadet vale tee kohta.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address.</source>
        <translation>PostgreSQL-serveri nimi või aadress.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port; PostgreSQL listens on 5432 unless configured otherwise.</source>
        <translation>Serveri TCP-port; PostgreSQL kuulab porti 5432, kui pole teisiti seadistatud.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Andme&amp;baas:</translation>
    </message>
    <message>
        <source>The database that holds the store.</source>
        <translation>Andmebaas, mis sisaldab andmehoidlat.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kasutaja:</translation>
    </message>
    <message>
        <source>Your database login; its role decides what you may change.</source>
        <translation>Teie andmebaasi kasutajanimi; selle roll määrab, mida tohite muuta.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kasutaja</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rool:</translation>
    </message>
    <message>
        <source>The database password. It is never written to the settings file.</source>
        <translation>Andmebaasi parool. Seda ei kirjutata kunagi seadete faili.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>How the connection is encrypted: &quot;require&quot; insists on TLS, &quot;verify-full&quot; also checks the server&apos;s certificate and name, &quot;prefer&quot; uses TLS when the server offers it.</source>
        <translation>Kuidas ühendus krüptitakse: &quot;require&quot; nõuab TLS-i, &quot;verify-full&quot; kontrollib lisaks serveri sertifikaati ja nime, &quot;prefer&quot; kasutab TLS-i, kui server seda pakub.</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-režiim</translation>
    </message>
    <message>
        <source>&amp;Remember password on this computer</source>
        <translation>&amp;Jäta parool selles arvutis meelde</translation>
    </message>
    <message>
        <source>Keeps the password in the operating system&apos;s keychain, never in a file.</source>
        <translation>Hoiab parooli operatsioonisüsteemi võtmehoidjas, mitte kunagi failis.</translation>
    </message>
    <message>
        <source>&amp;Initialise the database when it holds no store yet</source>
        <translation>&amp;Initsialiseeri andmebaas, kui selles pole veel andmehoidlat</translation>
    </message>
    <message>
        <source>Creates the store&apos;s tables with the default settings in an empty database.</source>
        <translation>Loob tühja andmebaasi andmehoidla tabelid vaikeseadetega.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>SMS OTP stores (*.db *.sqlite);;All files (*)</source>
        <translation>SMS OTP andmehoidlad (*.db *.sqlite);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>New Store File</source>
        <translation>Uus andmehoidla fail</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>Andmehoidla fail</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Sisestage serveri hostinimi.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Sisestage andmebaasi nimi.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Sisestage kasutajanimi.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the store&apos;s file inside it.</source>
        <translation>%1 on kaust. Valige selles olev andmehoidla fail.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the password.</source>
        <translation>Võtmehoidjat ei saanud lugeda (%1). Sisestage parool.</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation>Parool täideti võtmehoidjast.</translation>
    </message>
</context>
<context>
    <name>OtpCommand</name>
    <message>
        <source>  otp sample [-n N]                N one-time passwords with the store&apos;s settings, and their entropy
  otp request LOGIN [--client-ip IP]
                                   send LOGIN a one-time password through the configured gateway
  otp verify LOGIN CODE [--client-ip IP]
                                   check a one-time password (single use; failures count towards a block)
</source>
        <translation>  otp sample [-n N]                N ühekordset parooli andmehoidla seadetega ja nende entroopia
  otp request LOGIN [--client-ip IP]
                                   saada kasutajale LOGIN ühekordne parool seadistatud lüüsi kaudu
  otp verify LOGIN CODE [--client-ip IP]
                                   kontrolli ühekordset parooli (ühekordne kasutus; ebaõnnestumised loetakse blokeeringu hulka)
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp sample [-n N] | request LOGIN [--client-ip IP] | verify LOGIN CODE [--client-ip IP]</source>
        <translation>Kasutus: smsotp-cli otp sample [-n N] | request LOGIN [--client-ip IP] | verify LOGIN CODE [--client-ip IP]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp sample [-n N], N from 1 to %1</source>
        <translation>Kasutus: smsotp-cli otp sample [-n N], N vahemikus 1 kuni %1</translation>
    </message>
    <message>
        <source>Entropy: %1 bits (%2 characters from an alphabet of %3)</source>
        <translation>Entroopia: %1 bitti (%2 märki %3-märgilisest tähestikust)</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp request LOGIN [--client-ip IP]</source>
        <translation>Kasutus: smsotp-cli otp request LOGIN [--client-ip IP]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp verify LOGIN CODE [--client-ip IP]</source>
        <translation>Kasutus: smsotp-cli otp verify LOGIN CODE [--client-ip IP]</translation>
    </message>
</context>
<context>
    <name>OtpGenerator</name>
    <message>
        <source>No character class is selected for one-time passwords.</source>
        <translation>Ühekordsete paroolide jaoks pole valitud ühtegi märgiklassi.</translation>
    </message>
    <message>
        <source>The one-time password length must be at least 1.</source>
        <translation>Ühekordse parooli pikkus peab olema vähemalt 1.</translation>
    </message>
    <message>
        <source>The system&apos;s secure random number generator failed.</source>
        <translation>Süsteemi turvaline juhuarvugeneraator ebaõnnestus.</translation>
    </message>
</context>
<context>
    <name>OtpService</name>
    <message>
        <source>error %1: %2</source>
        <translation>viga %1: %2</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Seadete lugemine</translation>
    </message>
    <message>
        <source>use of this authenticator is denied</source>
        <translation>selle autentija kasutamine on keelatud</translation>
    </message>
    <message>
        <source>the access rights do not allow users to do this themselves</source>
        <translation>juurdepääsuõigused ei luba kasutajatel seda ise teha</translation>
    </message>
    <message>
        <source>the phone number was refused: %1</source>
        <translation>telefoninumber lükati tagasi: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an SMS authenticator.</source>
        <translation>Kasutajal „%1“ on juba SMS-autentija.</translation>
    </message>
    <message>
        <source>registered with phone %1</source>
        <translation>registreeritud telefoninumbriga %1</translation>
    </message>
    <message>
        <source>phone changed to %1</source>
        <translation>telefoninumber muudetud: %1</translation>
    </message>
    <message>
        <source>comment changed</source>
        <translation>kommentaar muudetud</translation>
    </message>
    <message>
        <source>authenticator deleted</source>
        <translation>autentija kustutatud</translation>
    </message>
    <message>
        <source>use of the authenticator denied by an administrator</source>
        <translation>administraator keelas autentija kasutamise</translation>
    </message>
    <message>
        <source>use of the authenticator allowed again</source>
        <translation>autentija kasutamine on taas lubatud</translation>
    </message>
    <message>
        <source>unblocked automatically: the block time has passed</source>
        <translation>blokeering eemaldati automaatselt: blokeeringu aeg on möödas</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account</source>
        <translation>selle konto jaoks pole SMS-autentijat registreeritud</translation>
    </message>
    <message>
        <source>address %1 is not allowed</source>
        <translation>aadress %1 pole lubatud</translation>
    </message>
    <message>
        <source>the authenticator is blocked</source>
        <translation>autentija on blokeeritud</translation>
    </message>
    <message>
        <source>the SMS to %1 could not be sent: %2 (%3 %4)</source>
        <translation>SMS-i numbrile %1 ei saanud saata: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>the SMS could not be sent; try again later</source>
        <translation>SMS-i ei saanud saata; proovige hiljem uuesti</translation>
    </message>
    <message>
        <source>code sent to %1 (message id %2)</source>
        <translation>kood saadeti numbrile %1 (sõnumi ID %2)</translation>
    </message>
    <message>
        <source>the first gateway failed (%1); the SMS to %2 went through the second gateway</source>
        <translation>esimene lüüs ebaõnnestus (%1); SMS numbrile %2 saadeti teise lüüsi kaudu</translation>
    </message>
    <message>
        <source>%1 (failure %2 of %3)</source>
        <translation>%1 (ebaõnnestumine %2/%3)</translation>
    </message>
    <message>
        <source>blocked after %1 failed codes until a help-desk unblock</source>
        <translation>blokeeritud pärast %1 valet koodi kuni kasutajatoe poolt blokeeringu eemaldamiseni</translation>
    </message>
    <message>
        <source>blocked after %1 failed codes until %2 UTC</source>
        <translation>blokeeritud pärast %1 valet koodi kuni %2 UTC</translation>
    </message>
    <message>
        <source>no code was requested</source>
        <translation>koodi ei taotletud</translation>
    </message>
    <message>
        <source>the code has expired</source>
        <translation>kood on aegunud</translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>vale kood</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>kood aktsepteeritud</translation>
    </message>
    <message>
        <source>unblocked by the help desk</source>
        <translation>kasutajatugi eemaldas blokeeringu</translation>
    </message>
    <message numerus="yes">
        <source>%n authenticator(s) unblocked</source>
        <translation>
            <numerusform>%n autentija blokeering eemaldatud</numerusform>
            <numerusform>%n autentija blokeering eemaldatud</numerusform>
        </translation>
    </message>
    <message>
        <source>every blocked authenticator unblocked by the help desk (%1)</source>
        <translation>kasutajatugi eemaldas kõigi blokeeritud autentijate blokeeringu (%1)</translation>
    </message>
    <message>
        <source>failure counter reset</source>
        <translation>ebaõnnestumiste loendur lähtestatud</translation>
    </message>
    <message>
        <source>%1
No codes are sent or accepted until the section is restored from its history.</source>
        <translation>%1
Koode ei saadeta ega aktsepteerita, kuni jaotis on ajaloost taastatud.</translation>
    </message>
    <message>
        <source>settings section %1 is damaged: %2; the engine sends and accepts no codes</source>
        <translation>seadete jaotis %1 on rikutud: %2; mootor ei saada ega aktsepteeri koode</translation>
    </message>
    <message>
        <source>The account was registered during the request; try again.</source>
        <translation>Konto registreeriti päringu ajal; proovige uuesti.</translation>
    </message>
    <message>
        <source>%1 (from the directory)</source>
        <translation>%1 (kataloogist)</translation>
    </message>
    <message>
        <source>%1; the store&apos;s own number is used instead</source>
        <translation>%1; selle asemel kasutatakse andmehoidla enda numbrit</translation>
    </message>
    <message>
        <source>a code could not be checked because the store failed (%1); the code was withdrawn and the attempt counted as a failure</source>
        <translation>koodi ei saanud kontrollida, sest andmehoidla ebaõnnestus (%1); kood tühistati ja katse loeti ebaõnnestunuks</translation>
    </message>
    <message>
        <source>the code could not be checked; request a new code</source>
        <translation>koodi ei saanud kontrollida; taotlege uus kood</translation>
    </message>
</context>
<context>
    <name>OtpSettings</name>
    <message>
        <source>choose at least one kind of character</source>
        <translation>valige vähemalt üks märgiliik</translation>
    </message>
</context>
<context>
    <name>OtpSettingsPage</name>
    <message>
        <source>Choose at least one kind of character to see a sample.</source>
        <translation>Näidise nägemiseks valige vähemalt üks märgiliik.</translation>
    </message>
    <message>
        <source>%1 bits of entropy: %2 characters drawn from %3 possible ones.</source>
        <translation>%1 bitti entroopiat: %2 märki %3 võimaliku hulgast.</translation>
    </message>
    <message>
        <source>⚠ Fewer than %1 bits: an attacker who may try many codes has a real chance to guess one. Make the code longer or add kinds of characters, and keep blocking on.</source>
        <translation>⚠ Vähem kui %1 bitti: ründajal, kes saab proovida palju koode, on reaalne võimalus mõni ära arvata. Tehke kood pikemaks või lisage märgiliike ning hoidke blokeerimine sisse lülitatuna.</translation>
    </message>
    <message>
        <source>What a one-time password looks like. Every character is drawn at random, evenly, from the kinds chosen; special characters are those every phone sends as a plain SMS.</source>
        <translation>Milline ühekordne parool välja näeb. Iga märk valitakse juhuslikult ja ühtlase jaotusega valitud märgiliikide hulgast; erimärgid on need, mida iga telefon saadab tavalise SMS-ina.</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Pikkus:</translation>
    </message>
    <message>
        <source>Characters in a code (%1–%2, default 6).</source>
        <translation>Märkide arv koodis (%1–%2, vaikimisi 6).</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Märgid:</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>&amp;Numbrid (0–9)</translation>
    </message>
    <message>
        <source>Codes may contain the digits 0 to 9.</source>
        <translation>Koodid võivad sisaldada numbreid 0 kuni 9.</translation>
    </message>
    <message>
        <source>Lo&amp;wercase Latin letters (a–z)</source>
        <translation>Ladina &amp;väiketähed (a–z)</translation>
    </message>
    <message>
        <source>Codes may contain the letters a to z.</source>
        <translation>Koodid võivad sisaldada tähti a kuni z.</translation>
    </message>
    <message>
        <source>&amp;Uppercase Latin letters (A–Z)</source>
        <translation>Ladina &amp;suurtähed (A–Z)</translation>
    </message>
    <message>
        <source>Codes may contain the letters A to Z.</source>
        <translation>Koodid võivad sisaldada tähti A kuni Z.</translation>
    </message>
    <message>
        <source>S&amp;pecial characters (%1)</source>
        <translation>&amp;Erimärgid (%1)</translation>
    </message>
    <message>
        <source>Punctuation that every phone sends in a plain SMS.</source>
        <translation>Kirjavahemärgid, mida iga telefon tavalises SMS-is saadab.</translation>
    </message>
    <message>
        <source>Leave out look-alike characters (%1)</source>
        <translation>Jäta välja sarnase välimusega märgid (%1)</translation>
    </message>
    <message>
        <source>Drops characters people confuse when typing a code from their phone.</source>
        <translation>Jätab välja märgid, mida inimesed telefonist koodi sisestades segi ajavad.</translation>
    </message>
    <message>
        <source>Code &amp;lifetime:</source>
        <translation>Koodi &amp;kehtivusaeg:</translation>
    </message>
    <message>
        <source>Seconds a code stays valid after it was sent (%1–%2, default 300).</source>
        <translation>Mitu sekundit kood pärast saatmist kehtib (%1–%2, vaikimisi 300).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Näidised</translation>
    </message>
    <message>
        <source>Sample codes</source>
        <translation>Näidiskoodid</translation>
    </message>
    <message>
        <source>&amp;New Samples</source>
        <translation>&amp;Uued näidised</translation>
    </message>
    <message>
        <source>Draw new sample codes with the settings above.</source>
        <translation>Loo ülaltoodud seadetega uued näidiskoodid.</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entroopia</translation>
    </message>
</context>
<context>
    <name>PagedSqlModel</name>
    <message>
        <source>Cannot count the rows: %1</source>
        <translation>Ridu ei saa loendada: %1</translation>
    </message>
    <message>
        <source>Cannot read the rows: %1</source>
        <translation>Ridu ei saa lugeda: %1</translation>
    </message>
    <message>
        <source>The number of rows shown is the database&apos;s estimate: counting them exactly failed (%1). Refresh to try again.</source>
        <translation>Näidatud ridade arv on andmebaasi hinnang: täpne loendamine ebaõnnestus (%1). Proovimiseks uuesti värskendage.</translation>
    </message>
    <message>
        <source>the store was closed</source>
        <translation>andmehoidla suleti</translation>
    </message>
    <message>
        <source>Reading the rows</source>
        <translation>Ridade lugemine</translation>
    </message>
</context>
<context>
    <name>PhoneCommand</name>
    <message>
        <source>  phone normalize NUMBER... [--json]
                                   the store&apos;s phone format applied to each number, and its type
</source>
        <translation>  phone normalize NUMBER... [--json]
                                   andmehoidla telefoninumbri vorming rakendatuna igale numbrile ja numbri tüüp
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli phone normalize NUMBER... [--json]</source>
        <translation>Kasutus: smsotp-cli phone normalize NUMBER... [--json]</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>tagasi lükatud: %1</translation>
    </message>
    <message>
        <source> [warning: libphonenumber does not know this number as valid]</source>
        <translation> [hoiatus: libphonenumber ei tunne seda numbrit kehtivana]</translation>
    </message>
    <message>
        <source>%1 of %2 numbers were rejected.</source>
        <translation>%1 numbrit %2-st lükati tagasi.</translation>
    </message>
</context>
<context>
    <name>PhoneFormatSettings</name>
    <message>
        <source>must be &apos;+&apos; and a country code of 1 to 4 digits, for example +7 or +46</source>
        <translation>peab olema „+“ ja 1–4-kohaline riigi suunanumber, näiteks +7 või +46</translation>
    </message>
    <message>
        <source>must be shorter than the number length</source>
        <translation>peab olema numbri pikkusest lühem</translation>
    </message>
    <message>
        <source>must be one digit, or empty for none</source>
        <translation>peab olema üks number või tühi, kui seda pole</translation>
    </message>
    <message>
        <source>must be a directory attribute name, for example mobile</source>
        <translation>peab olema kataloogi atribuudi nimi, näiteks mobile</translation>
    </message>
</context>
<context>
    <name>PhoneFormatSettingsPage</name>
    <message>
        <source>Type a number as users write it, for example 8 (916) 123-45-67.</source>
        <translation>Sisestage number nii, nagu kasutajad seda kirjutavad, näiteks 8 (916) 123-45-67.</translation>
    </message>
    <message>
        <source>Correct the settings above to try a number.</source>
        <translation>Numbri proovimiseks parandage ülaltoodud seaded.</translation>
    </message>
    <message>
        <source>✗ Refused: %1</source>
        <translation>✗ Tagasi lükatud: %1</translation>
    </message>
    <message>
        <source>✓ Sent to %1</source>
        <translation>✓ Saadetakse numbrile %1</translation>
    </message>
    <message>
        <source>Kind of number: %1</source>
        <translation>Numbri liik: %1</translation>
    </message>
    <message>
        <source>Note: libphonenumber does not know this number as valid; it is sent anyway because it matches the rules above.</source>
        <translation>Märkus: libphonenumber ei tunne seda numbrit kehtivana; see saadetakse siiski, sest see vastab ülaltoodud reeglitele.</translation>
    </message>
    <message>
        <source>How phone numbers are turned into the international form before an SMS is sent: spaces, brackets and hyphens are removed, the trunk digit becomes the prefix, and the length is checked.</source>
        <translation>Kuidas telefoninumbrid enne SMS-i saatmist rahvusvahelisele kujule viiakse: tühikud, sulud ja sidekriipsud eemaldatakse, riigisisene eesnumber asendatakse riigi suunanumbriga ja pikkust kontrollitakse.</translation>
    </message>
    <message>
        <source>&amp;Normalise phone numbers</source>
        <translation>&amp;Normaliseeri telefoninumbrid</translation>
    </message>
    <message>
        <source>When ticked, numbers are cleaned up and completed by the rules below; otherwise they are sent as stored and must already be international (+ and digits).</source>
        <translation>Kui see on märgitud, puhastatakse ja täiendatakse numbreid allolevate reeglite järgi; muidu saadetakse need salvestatud kujul ja need peavad juba olema rahvusvahelised (+ ja numbrid).</translation>
    </message>
    <message>
        <source>Number &amp;length:</source>
        <translation>Numbri &amp;pikkus:</translation>
    </message>
    <message>
        <source>Characters of a normalised number, + included: +79161234567 has 12 (%1–%2).</source>
        <translation>Normaliseeritud numbri märkide arv koos märgiga +: numbris +79161234567 on 12 märki (%1–%2).</translation>
    </message>
    <message>
        <source>Country &amp;prefix:</source>
        <translation>Riigi &amp;suunanumber:</translation>
    </message>
    <message>
        <source>Added to numbers written without it, for example +7 (the default) or +46.</source>
        <translation>Lisatakse numbritele, mis on kirjutatud ilma selleta, näiteks +7 (vaikimisi) või +46.</translation>
    </message>
    <message>
        <source>&amp;Trunk digit:</source>
        <translation>Riigisisene &amp;eesnumber:</translation>
    </message>
    <message>
        <source>A leading digit replaced by the prefix, such as 8 in 8 916 123-45-67 (the default). Empty: none.</source>
        <translation>Esimene number, mis asendatakse riigi suunanumbriga, näiteks 8 numbris 8 916 123-45-67 (vaikimisi). Tühi: puudub.</translation>
    </message>
    <message>
        <source>Refuse &amp;premium-rate and toll-free numbers</source>
        <translation>Keeldu &amp;lisatasulistest ja tasuta numbritest</translation>
    </message>
    <message>
        <source>Protects against SMS pumping fraud: numbers that cost the sender or are not phones get no SMS.</source>
        <translation>Kaitseb SMS-pumpamise pettuse eest: numbrid, mis saatjale maksavad või mis pole telefonid, SMS-i ei saa.</translation>
    </message>
    <message>
        <source>Use the phone number from Active &amp;Directory</source>
        <translation>Kasuta Active &amp;Directory telefoninumbrit</translation>
    </message>
    <message>
        <source>Directory &amp;attribute:</source>
        <translation>Kataloogi &amp;atribuut:</translation>
    </message>
    <message>
        <source>The directory attribute that holds the mobile number (default: mobile).</source>
        <translation>Kataloogi atribuut, mis sisaldab mobiilinumbrit (vaikimisi: mobile).</translation>
    </message>
    <message>
        <source>Try a number</source>
        <translation>Proovi numbrit</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <translation>Nu&amp;mber:</translation>
    </message>
    <message>
        <source>Shows what the rules above (saved or not) make of a number. Nothing is sent or stored.</source>
        <translation>Näitab, mida ülaltoodud reeglid (salvestatud või mitte) numbrist teevad. Midagi ei saadeta ega salvestata.</translation>
    </message>
    <message>
        <source>⚠ No directory connection is saved: while this is on, every code request fails. Set up the server on the Directory page and test it with Check directory, or turn this off.</source>
        <translation>⚠ Kataloogiühendust pole salvestatud: kuni see on sisse lülitatud, ebaõnnestub iga koodipäring. Seadistage server lehel Kataloog ja kontrollige seda nupuga Kontrolli kataloogi või lülitage see välja.</translation>
    </message>
    <message>
        <source>Rule applied: %1</source>
        <translation>Rakendatud reegel: %1</translation>
    </message>
    <message>
        <source>Takes the number from the user&apos;s directory entry instead of the store. The connection is set up on the Directory page.</source>
        <translation>Võtab numbri andmehoidla asemel kasutaja kataloogikirjest. Ühendus seadistatakse lehel Kataloog.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>this is a %1 number: one-time passwords are not sent to such numbers, which are used for SMS pumping fraud (phoneFormat.refusePremiumRate)</source>
        <translation>see number on tüüpi „%1“: ühekordseid paroole sellistele numbritele ei saadeta, sest neid kasutatakse SMS-pumpamise pettuseks (phoneFormat.refusePremiumRate)</translation>
    </message>
    <message>
        <source>&apos;+&apos; may only stand at the start of the number</source>
        <translation>„+“ võib olla ainult numbri alguses</translation>
    </message>
    <message>
        <source>contains the letter &apos;%1&apos;, which cannot be part of a phone number</source>
        <translation>sisaldab tähte „%1“, mis ei saa olla telefoninumbri osa</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;, which cannot be part of a phone number</source>
        <translation>sisaldab märki „%1“, mis ei saa olla telefoninumbri osa</translation>
    </message>
    <message>
        <source>no number was given</source>
        <translation>numbrit ei antud</translation>
    </message>
    <message>
        <source>contains no digits</source>
        <translation>ei sisalda numbreid</translation>
    </message>
    <message>
        <source>the prefix %1 is not &apos;+&apos; and digits</source>
        <translation>eesliide %1 ei koosne märgist „+“ ja numbritest</translation>
    </message>
    <message>
        <source>too short: %1 characters after normalisation, %2 expected</source>
        <translation>liiga lühike: normaliseerimise järel %1 märki, oodati %2</translation>
    </message>
    <message>
        <source>too long: %1 characters after normalisation, %2 expected</source>
        <translation>liiga pikk: normaliseerimise järel %1 märki, oodati %2</translation>
    </message>
    <message>
        <source>too long: %1 digits</source>
        <translation>liiga pikk: %1 numbrit</translation>
    </message>
    <message>
        <source>must be &apos;+&apos; followed by digits only, since normalisation is off</source>
        <translation>peab olema „+“, millele järgnevad ainult numbrid, sest normaliseerimine on välja lülitatud</translation>
    </message>
    <message>
        <source>too long: %1 digits, an international number has at most %2</source>
        <translation>liiga pikk: %1 numbrit, rahvusvahelises numbris on kõige rohkem %2</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiil</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>lauatelefon</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>lauatelefon või mobiil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>tasuta number</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>lisatasuline number</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>jagatud kuluga number</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>isiklik number</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>piipar</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>universaalne juurdepääsunumber</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>kõnepost</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tundmatu tüüp</translation>
    </message>
    <message numerus="yes">
        <source>a phone number has at most %n characters</source>
        <translation>
            <numerusform>telefoninumbris võib olla kõige rohkem %n märk</numerusform>
            <numerusform>telefoninumbris võib olla kõige rohkem %n märki</numerusform>
        </translation>
    </message>
    <message>
        <source>typed with &apos;+&apos;: the country code was kept as typed</source>
        <translation>sisestatud märgiga „+“: riigi suunanumber jäeti sisestatud kujul</translation>
    </message>
    <message>
        <source>the trunk digit %1 at the start became the prefix %2</source>
        <translation>alguses olev riigisisene eesnumber %1 asendati suunanumbriga %2</translation>
    </message>
    <message>
        <source>the prefix %1 was added in front</source>
        <translation>ette lisati suunanumber %1</translation>
    </message>
    <message>
        <source>it began with the country code %1 without &apos;+&apos;, and had the length of a whole number</source>
        <translation>algas riigi suunanumbriga %1 ilma märgita „+“ ja oli täisnumbri pikkune</translation>
    </message>
    <message>
        <source>taken as typed (normalisation is off)</source>
        <translation>võetud sisestatud kujul (normaliseerimine on välja lülitatud)</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL server %1 refused the login of user &apos;%2&apos;: check the user name and password.</source>
        <translation>PostgreSQL-server %1 keeldus kasutaja „%2“ sisselogimisest: kontrollige kasutajanime ja parooli.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no database &apos;%2&apos;. Ask its administrator to create it.</source>
        <translation>PostgreSQL-serveris %1 pole andmebaasi „%2“. Paluge selle administraatoril see luua.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1. Check the host name and port, and that the server is running and accepts connections from this computer. (%2)</source>
        <translation>PostgreSQL-serveriga %1 ei saa ühendust. Kontrollige hostinime ja porti ning seda, et server töötab ja aktsepteerib ühendusi sellest arvutist. (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Turvaline ühendus serveriga %1 ebaõnnestus: %2</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>PostgreSQL-i andmehoidlat %1 ei saa avada: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lukusta pärast:</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min tegevuseta</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mitte kunagi</translation>
    </message>
    <message>
        <source>Minutes without activity before the console locks</source>
        <translation>Tegevusetuse minutid enne konsooli lukustumist</translation>
    </message>
    <message>
        <source>0 means never. The default is %1 minutes.</source>
        <translation>0 tähendab mitte kunagi. Vaikimisi %1 minutit.</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the console wipes the store key from memory and hides its pages until the store&apos;s passphrase (or this computer&apos;s keychain) unlocks it. File → Lock Now (Ctrl+L) locks at once. This preference applies to this computer only.</source>
        <translation>Kui klaviatuuri või hiirt pole nii kaua kasutatud, kustutab konsool andmehoidla võtme mälust ja peidab oma lehed, kuni andmehoidla paroolifraas (või selle arvuti võtmehoidja) konsooli lukust avab. Fail → Lukusta kohe (Ctrl+L) lukustab kohe. See eelistus kehtib ainult selles arvutis.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kausta %1 ei saa luua.</translation>
    </message>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>Faili %1 ei saa luua: %2</translation>
    </message>
</context>
<context>
    <name>ProviderServersPage</name>
    <message>
        <source>Provider servers</source>
        <translation>Autentimisserverid</translation>
    </message>
    <message>
        <source>Open a store to see its provider servers.</source>
        <translation>Autentimisserverite nägemiseks avage andmehoidla.</translation>
    </message>
    <message>
        <source>No provider server has registered with this store yet. Start smsotp-server with this store&apos;s URL on each sign-in server.</source>
        <translation>Ükski autentimisserver pole end selles andmehoidlas veel registreerinud. Käivitage igas sisselogimisserveris smsotp-server selle andmehoidla URL-iga.</translation>
    </message>
    <message>
        <source>Running: %1. Silent: %2. Stopped: %3. Updated every %4 seconds.</source>
        <translation>Töötab: %1. Vaikib: %2. Peatatud: %3. Uuendatakse iga %4 sekundi järel.</translation>
    </message>
    <message>
        <source>Every smsotp-server that uses this store writes a heartbeat every few seconds. A server without a heartbeat for more than a minute is marked silent: it may have crashed, hung or lost its connection to the store.</source>
        <translation>Iga seda andmehoidlat kasutav smsotp-server kirjutab mõne sekundi tagant elumärgi. Server, millelt pole elumärki üle minuti, märgitakse vaikivaks: see võib olla kokku jooksnud, hangunud või kaotanud ühenduse andmehoidlaga.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Värskenda</translation>
    </message>
</context>
<context>
    <name>RegisterAuthenticatorDialog</name>
    <message>
        <source>Enter the login and the phone number.</source>
        <translation>Sisestage kasutajanimi ja telefoninumber.</translation>
    </message>
    <message>
        <source>Register SMS Authenticator</source>
        <translation>SMS-autentija registreerimine</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Kasutajanimi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefoninumber:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>K&amp;ommentaar:</translation>
    </message>
    <message>
        <source>The user&apos;s account name, as they sign in.</source>
        <translation>Kasutaja konto nimi, millega ta sisse logib.</translation>
    </message>
    <message>
        <source>The person&apos;s name, to recognise them when they call (optional).</source>
        <translation>Isiku nimi, et teda helistamisel ära tunda (valikuline).</translation>
    </message>
    <message>
        <source>Any usual spelling: it is normalised by the Phone format rules and stored encrypted.</source>
        <translation>Mis tahes tavapärane kirjapilt: see normaliseeritakse telefoninumbri vormingu reeglite järgi ja salvestatakse krüptituna.</translation>
    </message>
    <message>
        <source>A note for the help desk (optional).</source>
        <translation>Märkus kasutajatoele (valikuline).</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreeri</translation>
    </message>
</context>
<context>
    <name>RowLoop</name>
    <message>
        <source>%1 stopped part way because the store could not be read (%2). The store may be damaged: restore it from a backup or ask its administrator.</source>
        <translation>%1 peatus poolel teel, sest andmehoidlat ei saanud lugeda (%2). Andmehoidla võib olla rikutud: taastage see varukoopiast või pöörduge selle administraatori poole.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Cannot Reload</source>
        <translation>Uuesti laadimine ebaõnnestus</translation>
    </message>
    <message>
        <source>Your changes were dropped; the page shows the saved settings.</source>
        <translation>Teie muudatustest loobuti; lehel on salvestatud seaded.</translation>
    </message>
    <message>
        <source>enter a whole number from %1 to %2</source>
        <translation>sisestage täisarv vahemikus %1 kuni %2</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>Midagi ei salvestatud: parandage ülal märgitud väljad.</translation>
    </message>
    <message>
        <source>Saved at %1 as version %2.</source>
        <translation>Salvestatud kell %1 versioonina %2.</translation>
    </message>
    <message>
        <source>Cannot Save %1</source>
        <translation>%1 salvestamine ebaõnnestus</translation>
    </message>
    <message>
        <source>Not saved: another console saved this section meanwhile.</source>
        <translation>Ei salvestatud: teine konsool salvestas vahepeal selle jaotise.</translation>
    </message>
    <message>
        <source>No store is open. Use File → Open Store… to open one.</source>
        <translation>Ükski andmehoidla pole avatud. Valige Fail → Ava andmehoidla…, et see avada.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Ajalugu…</translation>
    </message>
    <message>
        <source>Every saved version of this section, who saved it and what changed; restore one.</source>
        <translation>Selle jaotise kõik salvestatud versioonid, kes need salvestas ja mis muutus; saate mõne taastada.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved settings again.</source>
        <translation>Loobu oma muudatustest ja näita uuesti salvestatud seadeid.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>Save this section to the store (Ctrl+S). Other sections are not touched.</source>
        <translation>Salvesta see jaotis andmehoidlasse (Ctrl+S). Teisi jaotisi see ei puuduta.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>Your store login (%1) may read the settings but not change them; only the administrator role may. Ask the store&apos;s administrator (smsotp-cli store grant).</source>
        <translation>Teie andmehoidla kasutaja (%1) võib seadeid lugeda, kuid mitte muuta; seda tohib ainult administraatori roll. Pöörduge andmehoidla administraatori poole (smsotp-cli store grant).</translation>
    </message>
    <message>
        <source>The stored settings of this section are damaged: %1
No one-time passwords are sent or accepted until it is repaired. Open the history and restore a good version, or save the values shown here (the defaults).</source>
        <translation>Selle jaotise salvestatud seaded on rikutud: %1
Ühekordseid paroole ei saadeta ega aktsepteerita, kuni see on parandatud. Avage ajalugu ja taastage korras versioon või salvestage siin näidatud väärtused (vaikeväärtused).</translation>
    </message>
    <message>
        <source>Open History to Restore…</source>
        <translation>Ava ajalugu taastamiseks…</translation>
    </message>
    <message>
        <source>Restore a version of this section that was saved before it was damaged.</source>
        <translation>Taasta selle jaotise versioon, mis salvestati enne rikkumist.</translation>
    </message>
    <message>
        <source>Cannot Read %1</source>
        <translation>%1 lugemine ebaõnnestus</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 while you were editing this page. Your input is kept; nothing is saved until you choose.</source>
        <translation>Seda jaotist muutis %1 kell %2, kui te seda lehte redigeerisite. Teie sisestus säilib; midagi ei salvestata enne, kui teete valiku.</translation>
    </message>
    <message>
        <source>%1 changed by %2 at %3.</source>
        <translation>Jaotist %1 muutis %2 kell %3.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (käsurida)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>keegi</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>Vaata ül&amp;e…</translation>
    </message>
    <message>
        <source>Compare your input with what is stored now, then keep yours or take the stored one.</source>
        <translation>Võrdle oma sisestust praegu salvestatuga, seejärel jäta alles enda oma või võta salvestatu.</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>connection or TLS failure</source>
        <translation>ühenduse või TLS-i tõrge</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>autentimine ebaõnnestus</translation>
    </message>
    <message>
        <source>phone number rejected</source>
        <translation>telefoninumber lükati tagasi</translation>
    </message>
    <message>
        <source>sender name rejected</source>
        <translation>saatja nimi lükati tagasi</translation>
    </message>
    <message>
        <source>too many requests, try again later</source>
        <translation>liiga palju päringuid, proovige hiljem uuesti</translation>
    </message>
    <message>
        <source>other failure</source>
        <translation>muu tõrge</translation>
    </message>
    <message>
        <source>sent (message id %1)</source>
        <translation>saadetud (sõnumi ID %1)</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>Andmehoidlat ei saa avada: %1</translation>
    </message>
    <message>
        <source>Cannot register the server in the store: %1</source>
        <translation>Serverit ei saa andmehoidlas registreerida: %1</translation>
    </message>
    <message>
        <source>started on %1 listening on %2 (version %3)</source>
        <translation>käivitati hostis %1, kuulab aadressil %2 (versioon %3)</translation>
    </message>
    <message>
        <source>Cannot write to the store: %1</source>
        <translation>Andmehoidlasse ei saa kirjutada: %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n request(s)</source>
        <translation>
            <numerusform>peatati pärast %n päringut</numerusform>
            <numerusform>peatati pärast %n päringut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHeartbeat</name>
    <message numerus="yes">
        <source>store connection lost at %1, restored after %n second(s): %2</source>
        <translation>
            <numerusform>ühendus andmehoidlaga katkes kell %1, taastus %n sekundi pärast: %2</numerusform>
            <numerusform>ühendus andmehoidlaga katkes kell %1, taastus %n sekundi pärast: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Paroolifraasi faili %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Paroolifraasi faili %1 võivad lugeda teised kasutajad; lubage seda ainult omanikule (chmod 600).</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT with a numeric address, for example 127.0.0.1:8443 or [::1]:8443; got &apos;%1&apos;.</source>
        <translation>--listen vajab kuju ADDRESS:PORT numbrilise aadressiga, näiteks 127.0.0.1:8443 või [::1]:8443; saadi „%1“.</translation>
    </message>
    <message>
        <source>--log-format is plain or json; got &apos;%1&apos;.</source>
        <translation>--log-format on plain või json; saadi „%1“.</translation>
    </message>
    <message>
        <source>--workers is a number from 1 to %1; got &apos;%2&apos;.</source>
        <translation>--workers on arv vahemikus 1 kuni %1; saadi „%2“.</translation>
    </message>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>Andke nii --tls-cert kui ka --tls-key või mitte kumbagi.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only on a loopback address; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>Lihtne HTTP on lubatud ainult loopback-aadressil; aadressil %1 kuulamiseks andke --tls-cert ja --tls-key.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;; see smsotp-server --help.</source>
        <translation>Tundmatu argument „%1“; vt smsotp-server --help.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 vajab väärtust.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Konfiguratsioonifaili %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Konfiguratsioonifail %1 ei ole kehtiv INI-fail.</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; in %2.</source>
        <translation>Tundmatu võti „%1“ failis %2.</translation>
    </message>
    <message>
        <source>The server needs the store&apos;s passphrase: give --passphrase-file FILE, set SMSOTP_PASSPHRASE, or provide the credential &apos;passphrase&apos;.</source>
        <translation>Server vajab andmehoidla paroolifraasi: andke --passphrase-file FILE, määrake SMSOTP_PASSPHRASE või andke mandaat &apos;passphrase&apos;.</translation>
    </message>
    <message>
        <source>Usage: smsotp-server [options]
The SMS OTP provider as an HTTPS service (API under /api/v1, see docs/api.md).

  --store URL               the store (sqlite:///path.db or postgresql://user@host:port/db)
  --listen ADDRESS:PORT     where to listen (default 127.0.0.1:8443; [::1]:8443 for IPv6)
  --tls-cert FILE           the server certificate (PEM, with its chain)
  --tls-key FILE            its private key (PEM); without both, plain HTTP on loopback only
  --passphrase-file FILE    the store key&apos;s passphrase (else SMSOTP_PASSPHRASE or
                            $CREDENTIALS_DIRECTORY/passphrase)
  --config FILE             an INI file with the keys store, listen, tls-cert, tls-key,
                            passphrase-file, log-format, workers, request-timeout,
                            metrics-without-token; the command line wins
  --log-format plain|json   one line per record on stderr (default plain)
  --workers N               store connections serving requests (1-%1, default 8)
  --request-timeout SECONDS a whole request (headers and body) must arrive within this
                            time of the connection opening or of the previous answer,
                            else the connection is closed (1-%2, default 10)
  --metrics-without-token ADDRESSES
                            comma-separated addresses or CIDR ranges that may read
                            /metrics without a token (default none: a token with the
                            scope metrics:read is needed)
  --version                 print the version
  --help                    print this help

Exit status: 0 after a clean shutdown (SIGTERM or SIGINT), 1 when the server cannot start,
2 for bad usage.
</source>
        <translation>Kasutus: smsotp-server [options]
SMS OTP autentimisteenus HTTPS-teenusena (API asukohas /api/v1, vt docs/api.md).

  --store URL               andmehoidla (sqlite:///path.db või postgresql://user@host:port/db)
  --listen ADDRESS:PORT     kus kuulata (vaikimisi 127.0.0.1:8443; IPv6 puhul [::1]:8443)
  --tls-cert FILE           serveri sertifikaat (PEM, koos ahelaga)
  --tls-key FILE            selle privaatvõti (PEM); ilma nendeta lihtne HTTP ainult
                            loopback-aadressil
  --passphrase-file FILE    andmehoidla võtme paroolifraas (muidu SMSOTP_PASSPHRASE või
                            $CREDENTIALS_DIRECTORY/passphrase)
  --config FILE             INI-fail võtmetega store, listen, tls-cert, tls-key,
                            passphrase-file, log-format, workers, request-timeout,
                            metrics-without-token; käsurea väärtused on ülimuslikud
  --log-format plain|json   üks rida kirje kohta stderr-i (vaikimisi plain)
  --workers N               päringuid teenindavad andmehoidla ühendused (1-%1, vaikimisi 8)
  --request-timeout SECONDS kogu päring (päised ja sisu) peab saabuma selle aja jooksul
                            ühenduse avamisest või eelmisest vastusest, muidu
                            ühendus suletakse (1-%2, vaikimisi 10)
  --metrics-without-token ADDRESSES
                            komadega eraldatud aadressid või CIDR-vahemikud, kust
                            tohib /metrics-i lugeda ilma tõendita (vaikimisi mitte
                            kusagilt: vaja on tõendit õigusega metrics:read)
  --version                 prindi versioon
  --help                    prindi see abi

Väljumisolek: 0 pärast korrektset seiskamist (SIGTERM või SIGINT), 1, kui server ei
saa käivituda, 2 vale kasutuse korral.
</translation>
    </message>
    <message>
        <source>--request-timeout is a number of seconds from 1 to %1; got &apos;%2&apos;.</source>
        <translation>--request-timeout on sekundite arv vahemikus 1 kuni %1; saadi „%2“.</translation>
    </message>
    <message>
        <source>--metrics-without-token takes addresses or CIDR ranges separated by commas, for example 127.0.0.1,10.0.5.0/24; &apos;%1&apos; is not one.</source>
        <translation>--metrics-without-token vajab komadega eraldatud aadresse või CIDR-vahemikke, näiteks 127.0.0.1,10.0.5.0/24; „%1“ ei ole selline.</translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>Forgetting old provider servers</source>
        <translation>Vanade autentimisserverite unustamine</translation>
    </message>
    <message>
        <source>Registering the provider server</source>
        <translation>Autentimisserveri registreerimine</translation>
    </message>
    <message>
        <source>The store did not return the new server&apos;s id.</source>
        <translation>Andmehoidla ei tagastanud uue serveri ID-d.</translation>
    </message>
    <message>
        <source>The provider server %1 is not registered in the store (it may have been forgotten after %2 days of silence).</source>
        <translation>Autentimisserver %1 pole andmehoidlas registreeritud (see võidi unustada pärast %2 päeva vaikimist).</translation>
    </message>
    <message>
        <source>Writing the provider server&apos;s heartbeat</source>
        <translation>Autentimisserveri elumärgi kirjutamine</translation>
    </message>
    <message>
        <source>Marking the provider server stopped</source>
        <translation>Autentimisserveri peatatuks märkimine</translation>
    </message>
    <message>
        <source>Reading the provider servers</source>
        <translation>Autentimisserverite lugemine</translation>
    </message>
    <message>
        <source>Reading the provider servers failed: %1</source>
        <translation>Autentimisserverite lugemine ebaõnnestus: %1</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Running</source>
        <translation>Töötab</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Peatatud</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n min</source>
        <translation>
            <numerusform>Vaikib %n min</numerusform>
            <numerusform>Vaikib %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n h</source>
        <translation>
            <numerusform>Vaikib %n h</numerusform>
            <numerusform>Vaikib %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n days</source>
        <translation>
            <numerusform>Vaikib %n päev</numerusform>
            <numerusform>Vaikib %n päeva</numerusform>
        </translation>
    </message>
    <message>
        <source>No heartbeat for more than a minute: the server may have crashed, hung, or lost its connection to the store.</source>
        <translation>Elumärki pole üle minuti: server võib olla kokku jooksnud, hangunud või kaotanud ühenduse andmehoidlaga.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Kuulab</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Käivitatud</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Viimane elumärk</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Teenindatud päringuid</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Viimane viga</translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>  servers list [--json]            the provider servers of this store; one without a heartbeat
                                   for over a minute is &quot;silent&quot;
</source>
        <translation>  servers list [--json]            selle andmehoidla autentimisserverid; server, millelt pole
                                   elumärki üle minuti, on „vaikiv“
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli servers list [--json]</source>
        <translation>Kasutus: smsotp-cli servers list [--json]</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>unknown settings section</source>
        <translation>tundmatu seadete jaotis</translation>
    </message>
    <message>
        <source>must be an object of settings</source>
        <translation>peab olema seadete objekt</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>vigane JSON märgi %1 juures: %2</translation>
    </message>
    <message>
        <source>a settings file must hold one JSON object with a member per section</source>
        <translation>seadete fail peab sisaldama üht JSON-objekti, milles on iga jaotise kohta üks liige</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a settings file may hold.</source>
        <translation>%1 on suurem kui %2 baiti, mis on seadete faili suurim lubatud maht.</translation>
    </message>
    <message>
        <source>the settings file is %1 bytes; it may hold at most %2 bytes</source>
        <translation>seadete fail on %1 baiti; see tohib olla kõige rohkem %2 baiti</translation>
    </message>
    <message>
        <source>is given more than once; give every setting once</source>
        <translation>on antud mitu korda; andke iga säte üks kord</translation>
    </message>
</context>
<context>
    <name>SettingsChangeModel</name>
    <message>
        <source>Before</source>
        <translation>Enne</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Pärast</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Jaotis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>  settings export [FILE]           all settings as JSON (secrets left out)
  settings import FILE [--dry-run] check the whole file, then save it (or only show the changes)
  settings get KEY                 one section or field, for example block.attemptsBeforeBlock
  settings set KEY=VALUE...        change fields; true|false, numbers, text, or JSON for lists
</source>
        <translation>  settings export [FILE]           kõik seaded JSON-vormingus (saladusteta)
  settings import FILE [--dry-run] kontrolli kogu faili, seejärel salvesta see (või näita ainult muudatusi)
  settings get KEY                 üks jaotis või väli, näiteks block.attemptsBeforeBlock
  settings set KEY=VALUE...        muuda välju; true|false, arvud, tekst või loendite jaoks JSON
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | set KEY=VALUE...</source>
        <translation>Kasutus: smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | set KEY=VALUE...</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings export [FILE]</source>
        <translation>Kasutus: smsotp-cli settings export [FILE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>Seaded eksporditi faili %1.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings import FILE [--dry-run]</source>
        <translation>Kasutus: smsotp-cli settings import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>No changes: the store already has these settings.</source>
        <translation>Muudatusi pole: andmehoidlas on juba need seaded.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proovikäivitus: midagi ei kirjutatud.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings get KEY</source>
        <translation>Kasutus: smsotp-cli settings get KEY</translation>
    </message>
    <message>
        <source>Unknown settings section &apos;%1&apos;. Sections: %2</source>
        <translation>Tundmatu seadete jaotis „%1“. Jaotised: %2</translation>
    </message>
    <message>
        <source>%1 is write-only: secrets are never shown.</source>
        <translation>%1 on ainult kirjutatav: saladusi ei näidata kunagi.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Fields of %2: %3</source>
        <translation>Tundmatu säte „%1“. Jaotise %2 väljad: %3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>peab olema true või false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>peab olema täisarv</translation>
    </message>
    <message>
        <source>must be JSON: %1</source>
        <translation>peab olema JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON list [...]</source>
        <translation>peab olema JSON-loend [...]</translation>
    </message>
    <message>
        <source>must be a JSON object {...}</source>
        <translation>peab olema JSON-objekt {...}</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings set KEY=VALUE...</source>
        <translation>Kasutus: smsotp-cli settings set KEY=VALUE...</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE with KEY like block.attemptsBeforeBlock.</source>
        <translation>„%1“ ei ole kujul KEY=VALUE, kus KEY on näiteks block.attemptsBeforeBlock.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these values:</source>
        <translation>Midagi ei muudetud. Parandage need väärtused:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eemaldatud</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muudetud</translation>
    </message>
    <message>
        <source>The values shown for a damaged section are the defaults. Repair it with settings import or settings set, or restore it from its history in the console.</source>
        <translation>Rikutud jaotise näidatud väärtused on vaikeväärtused. Parandage see käsuga settings import või settings set või taastage see konsoolis ajaloost.</translation>
    </message>
    <message>
        <source>gives %1 more than once</source>
        <translation>annab sätte %1 mitu korda</translation>
    </message>
</context>
<context>
    <name>SettingsHistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Salvestaja</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muudatused</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Access rights</source>
        <translation>Juurdepääsuõigused</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokeerimine</translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation>Rämpsposti kaitse</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Lüüs</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Sõnumi vorming</translation>
    </message>
    <message>
        <source>Phone format</source>
        <translation>Telefoninumbri vorming</translation>
    </message>
    <message>
        <source>OTP generation</source>
        <translation>Ühekordse parooli loomine</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>Lubatud IP-aadressid</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Kataloog</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Reading settings</source>
        <translation>Seadete lugemine</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s secrets</source>
        <translation>Lüüsi saladuste lugemine</translation>
    </message>
    <message>
        <source>Nothing was saved: some values are not valid.</source>
        <translation>Midagi ei salvestatud: mõned väärtused on vigased.</translation>
    </message>
    <message>
        <source>Another console saved &quot;%1&quot; since you opened it (version %2, yours is %3). Reload to see the other changes, or overwrite them.</source>
        <translation>Teine konsool salvestas jaotise „%1“ pärast seda, kui te selle avasite (versioon %2, teie oma on %3). Teiste muudatuste nägemiseks laadige uuesti või kirjutage need üle.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Seadete salvestamine</translation>
    </message>
    <message>
        <source>Another console saved &quot;%1&quot; at the same moment. Reload and try again.</source>
        <translation>Teine konsool salvestas jaotise „%1“ samal hetkel. Laadige uuesti ja proovige uuesti.</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>muudatusi pole</translation>
    </message>
    <message>
        <source>Recording settings history</source>
        <translation>Seadete ajaloo salvestamine</translation>
    </message>
    <message>
        <source>Reading settings history</source>
        <translation>Seadete ajaloo lugemine</translation>
    </message>
    <message>
        <source>The stored settings of section %1 are damaged: %2</source>
        <translation>Jaotise %1 salvestatud seaded on rikutud: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>vigane JSON märgi %1 juures: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ei ole JSON-objekt</translation>
    </message>
    <message>
        <source>
Restore the section from its history in the console (Settings → History), or import a good settings file.</source>
        <translation>
Taastage jaotis konsoolis ajaloost (Seaded → Ajalugu) või importige korras seadete fail.</translation>
    </message>
    <message>
        <source>Reading the stored secrets</source>
        <translation>Salvestatud saladuste lugemine</translation>
    </message>
    <message>
        <source>The secret %1 cannot be decrypted: %2</source>
        <translation>Saladust %1 ei saa dekrüptida: %2</translation>
    </message>
    <message>
        <source>The %1 of &quot;%2&quot; can only be saved once the store key is unlocked (enter the store&apos;s passphrase).</source>
        <translation>Jaotise „%2“ välja %1 saab salvestada alles siis, kui andmehoidla võti on avatud (sisestage andmehoidla paroolifraas).</translation>
    </message>
    <message>
        <source>Saving the stored secrets</source>
        <translation>Salvestatud saladuste salvestamine</translation>
    </message>
    <message>
        <source>No changes: the store already has these settings.</source>
        <translation>Muudatusi pole: andmehoidlas on juba need seaded.</translation>
    </message>
</context>
<context>
    <name>SettingsSession</name>
    <message>
        <source>No store is open.</source>
        <translation>Ükski andmehoidla pole avatud.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <source>Cannot Export Settings</source>
        <translation>Seadeid ei saa eksportida</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Cannot Import Settings</source>
        <translation>Seadeid ei saa importida</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; nothing was changed.

%2</source>
        <translation>%1 ei ole kehtiv seadete fail; midagi ei muudetud.

%2</translation>
    </message>
</context>
<context>
    <name>SmsApiGateway</name>
    <message>
        <source>SMSAPI found no valid phone number.</source>
        <translation>SMSAPI ei leidnud ühtegi kehtivat telefoninumbrit.</translation>
    </message>
    <message>
        <source>SMSAPI refused the sender name; it must be registered in the SMSAPI portal.</source>
        <translation>SMSAPI lükkas saatja nime tagasi; see peab olema registreeritud SMSAPI portaalis.</translation>
    </message>
    <message>
        <source>SMSAPI refused the token.</source>
        <translation>SMSAPI lükkas tõendi tagasi.</translation>
    </message>
    <message>
        <source>SMSAPI does not allow requests from this computer&apos;s address (IP filter in the SMSAPI portal).</source>
        <translation>SMSAPI ei luba päringuid selle arvuti aadressilt (IP-filter SMSAPI portaalis).</translation>
    </message>
    <message>
        <source>SMSAPI had an internal failure; try again later.</source>
        <translation>SMSAPI-s tekkis sisemine tõrge; proovige hiljem uuesti.</translation>
    </message>
    <message>
        <source>SMSAPI received too many requests; try again later.</source>
        <translation>SMSAPI sai liiga palju päringuid; proovige hiljem uuesti.</translation>
    </message>
    <message>
        <source>The SMSAPI account has no credit left.</source>
        <translation>SMSAPI kontol pole enam krediiti.</translation>
    </message>
    <message>
        <source>SMSAPI refused the message: too long or empty.</source>
        <translation>SMSAPI lükkas sõnumi tagasi: liiga pikk või tühi.</translation>
    </message>
    <message>
        <source>SMSAPI refused the request (error %1).</source>
        <translation>SMSAPI lükkas päringu tagasi (viga %1).</translation>
    </message>
    <message>
        <source>SMSAPI&apos;s answer is not in the expected form.</source>
        <translation>SMSAPI vastus pole oodatud kujul.</translation>
    </message>
</context>
<context>
    <name>SmsEncoding</name>
    <message>
        <source>%1 characters, %2, %3 SMS</source>
        <translation>%1 märki, %2, %3 SMS-i</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>This gateway has no connection check.</source>
        <translation>Sellel lüüsil pole ühenduse kontrolli.</translation>
    </message>
</context>
<context>
    <name>SmsProxyGateway</name>
    <message>
        <source>SMS Proxy needs an https:// address: it works over mutual TLS only.</source>
        <translation>SMS Proxy vajab https://-aadressi: see töötab ainult vastastikuse TLS-iga.</translation>
    </message>
    <message>
        <source>Enter the SMS Proxy server&apos;s certificate thumbprint.</source>
        <translation>Sisestage SMS Proxy serveri sertifikaadi sõrmejälg.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>The SMS Proxy server&apos;s certificate has thumbprint %1, not the configured %2: the connection was refused and nothing was sent.</source>
        <translation>SMS Proxy serveri sertifikaadi sõrmejälg on %1, mitte seadistatud %2: ühendusest keelduti ja midagi ei saadetud.</translation>
    </message>
</context>
<context>
    <name>SpamGuard</name>
    <message>
        <source>Potential spam attack detected</source>
        <translation>Tuvastati võimalik rämpspostirünnak</translation>
    </message>
    <message>
        <source>Reading the spam protection state</source>
        <translation>Rämpsposti kaitse oleku lugemine</translation>
    </message>
    <message>
        <source>Reading the spam protection counters</source>
        <translation>Rämpsposti kaitse loendurite lugemine</translation>
    </message>
    <message>
        <source>Counting messages</source>
        <translation>Sõnumite loendamine</translation>
    </message>
    <message>
        <source>Pruning message counters</source>
        <translation>Sõnumiloendurite kärpimine</translation>
    </message>
    <message>
        <source>Saving the spam protection state</source>
        <translation>Rämpsposti kaitse oleku salvestamine</translation>
    </message>
    <message>
        <source>Sending resumed: %1</source>
        <translation>Saatmine jätkub: %1</translation>
    </message>
    <message>
        <source>spam protection was turned off</source>
        <translation>rämpsposti kaitse lülitati välja</translation>
    </message>
    <message numerus="yes">
        <source>the suspension of %n second(s) has passed</source>
        <translation>
            <numerusform>%n sekundi pikkune peatamine on möödas</numerusform>
            <numerusform>%n sekundi pikkune peatamine on möödas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the messages in the window led to a sign-in</source>
        <translation>%1% aknas saadetud sõnumitest viis sisselogimiseni</translation>
    </message>
    <message>
        <source>Potential spam attack detected. Sending suspended. %1 messages in %2 s, %3 successful sign-ins (%4%, minimum %5%); suspended for %2 s.</source>
        <translation>Tuvastati võimalik rämpspostirünnak. Saatmine peatatud. %1 sõnumit %2 s jooksul, %3 edukat sisselogimist (%4%, miinimum %5%); peatatud %2 s ajaks.</translation>
    </message>
</context>
<context>
    <name>SpamProtectionSettingsPage</name>
    <message>
        <source>No store is open.</source>
        <translation>Ükski andmehoidla pole avatud.</translation>
    </message>
    <message>
        <source>The present state cannot be read: %1</source>
        <translation>Praegust olekut ei saa lugeda: %1</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n second(s): </source>
        <translation>
            <numerusform>Viimase %n sekundi jooksul: </numerusform>
            <numerusform>Viimase %n sekundi jooksul: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, </source>
        <translation>
            <numerusform>%n sõnum saadetud, </numerusform>
            <numerusform>%n sõnumit saadetud, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successful sign-in(s) (%1%).</source>
        <translation>
            <numerusform>%n edukas sisselogimine (%1%).</numerusform>
            <numerusform>%n edukat sisselogimist (%1%).</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam protection is off: messages are always sent.</source>
        <translation>Rämpsposti kaitse on välja lülitatud: sõnumid saadetakse alati.</translation>
    </message>
    <message>
        <source>✓ Sending normally.</source>
        <translation>✓ Saatmine toimib tavapäraselt.</translation>
    </message>
    <message>
        <source>Suspends sending when many messages lead to few sign-ins, the mark of an SMS pumping attack. The counts are shared by every provider server using this store.</source>
        <translation>Peatab saatmise, kui paljud sõnumid toovad kaasa vähe sisselogimisi, mis on SMS-pumpamise rünnaku tunnus. Loendureid jagavad kõik seda andmehoidlat kasutavad autentimisserverid.</translation>
    </message>
    <message>
        <source>&amp;Protect against spam</source>
        <translation>&amp;Kaitse rämpsposti eest</translation>
    </message>
    <message>
        <source>When ticked, sending is suspended for one window when more messages than the threshold bring too few sign-ins (event 2090); it resumes by itself (event 1118).</source>
        <translation>Kui see on märgitud, peatatakse saatmine üheks aknaks, kui lävest rohkem sõnumeid toob liiga vähe sisselogimisi (sündmus 2090); saatmine jätkub iseenesest (sündmus 1118).</translation>
    </message>
    <message>
        <source>Evaluation &amp;window:</source>
        <translation>Hindamis&amp;aken:</translation>
    </message>
    <message>
        <source>The period over which messages and sign-ins are counted, and the length of a suspension (%1–%2 s, default 600).</source>
        <translation>Ajavahemik, mille jooksul sõnumeid ja sisselogimisi loendatakse, ning peatamise kestus (%1–%2 s, vaikimisi 600).</translation>
    </message>
    <message>
        <source>&amp;Threshold of messages:</source>
        <translation>Sõnumite &amp;lävi:</translation>
    </message>
    <message>
        <source>Sending can be suspended only when more messages than this were sent within the window (default 20).</source>
        <translation>Saatmise saab peatada ainult siis, kui aknas saadeti sellest rohkem sõnumeid (vaikimisi 20).</translation>
    </message>
    <message>
        <source>&amp;Minimum success:</source>
        <translation>&amp;Minimaalne edukus:</translation>
    </message>
    <message>
        <source>The share of sent messages that must lead to a successful sign-in (0–100 %, default 85).</source>
        <translation>Saadetud sõnumite osakaal, mis peab viima eduka sisselogimiseni (0–100 %, vaikimisi 85).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Praegu</translation>
    </message>
    <message>
        <source>Present state of spam protection</source>
        <translation>Rämpsposti kaitse praegune olek</translation>
    </message>
    <message>
        <source>Messages and sign-ins over the evaluation window</source>
        <translation>Sõnumid ja sisselogimised hindamisakna jooksul</translation>
    </message>
    <message>
        <source>Running totals over the evaluation window ending now, with the saved threshold and the sign-ins the minimum percent asks for.</source>
        <translation>Praegu lõppeva hindamisakna jooksvad kogusummad koos salvestatud läve ja minimaalse protsendi nõutud sisselogimiste arvuga.</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Saadetud sõnumeid</translation>
    </message>
    <message>
        <source>Successful sign-ins</source>
        <translation>Edukaid sisselogimisi</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Lävi</translation>
    </message>
    <message>
        <source>Sign-ins needed (minimum %)</source>
        <translation>Nõutud sisselogimisi (minimaalne %)</translation>
    </message>
    <message>
        <source>⚠ Sending is SUSPENDED until %1: potential spam attack detected at %2 — more than %3 messages in the window with fewer than %4% leading to a sign-in.</source>
        <translation>⚠ Saatmine on PEATATUD kuni %1: %2 tuvastati võimalik rämpspostirünnak — aknas saadeti üle %3 sõnumi, millest alla %4% viis sisselogimiseni.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent in the last %n second(s).</source>
        <translation>
            <numerusform>Viimase %n sekundi jooksul ei saadetud midagi.</numerusform>
            <numerusform>Viimase %n sekundi jooksul ei saadetud midagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpamStatusQuery</name>
    <message>
        <source>Reading the spam protection state</source>
        <translation>Rämpsposti kaitse oleku lugemine</translation>
    </message>
    <message>
        <source>Reading the spam protection counters</source>
        <translation>Rämpsposti kaitse loendurite lugemine</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>The file %1 is not an SMS OTP store or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation>Fail %1 ei ole SMS OTP andmehoidla või on rikutud (%2). Taastage see varukoopiast või valige teine fail.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. Check the file&apos;s permissions.</source>
        <translation>Andmehoidla %1 on kirjutuskaitstud. Kontrollige faili õigusi.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Andmehoidlat %1 ei saa avada: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 stores are not supported by this version yet.</source>
        <translation>Andmehoidla liiki %1 see versioon veel ei toeta.</translation>
    </message>
    <message>
        <source>The Qt driver %1 for %2 is not installed.</source>
        <translation>Qt draiverit %1 (%2 jaoks) pole paigaldatud.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with &quot;smsotp-cli store init&quot;.</source>
        <translation>Asukohas %1 pole andmehoidlat. Looge see käsuga &quot;smsotp-cli store init&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ei ole fail.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. Check the file&apos;s permissions.</source>
        <translation>Andmehoidla %1 on kirjutuskaitstud. Kontrollige faili õigusi.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Andmehoidla %1 skeemi versiooni ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>%1 holds other data and is not an SMS OTP store.</source>
        <translation>%1 sisaldab muid andmeid ega ole SMS OTP andmehoidla.</translation>
    </message>
    <message>
        <source>The store %1 is not initialised yet. Run &quot;smsotp-cli store init&quot; first.</source>
        <translation>Andmehoidla %1 pole veel initsialiseeritud. Käivitage kõigepealt &quot;smsotp-cli store init&quot;.</translation>
    </message>
    <message>
        <source>The store %1 was created by a newer version of SMS OTP Console (schema %2; this program knows up to %3). Update this program to open it.</source>
        <translation>Andmehoidla %1 on loodud SMS OTP Console&apos;i uuema versiooniga (skeem %2; see programm tunneb kuni versiooni %3). Selle avamiseks uuendage programmi.</translation>
    </message>
    <message>
        <source>The store %1 has no identity; it is damaged.</source>
        <translation>Andmehoidlal %1 pole identiteeti; see on rikutud.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Andmehoidlas %1 ei saa tehingut alustada: %2</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Andmehoidlasse %1 ei saa salvestada: %2</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation>%1 ebaõnnestus andmehoidlas %2: %3</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1 salvestamine</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; has no role in the store %2, so it may not read it. Ask the store&apos;s administrator to run &quot;smsotp-cli store grant %1 auditor&quot; (or helpdesk, or administrator).</source>
        <translation>Kasutajal „%1” pole andmehoidlas %2 rolli, seega ei tohi ta seda lugeda. Paluge andmehoidla administraatoril käivitada &quot;smsotp-cli store grant %1 auditor&quot; (või helpdesk või administrator).</translation>
    </message>
    <message>
        <source>The store %1 needs its schema brought up to date (version %2 to %3), which only its administrator may do: ask them to run &quot;smsotp-cli store init&quot; with this version of the program. Your login is %4.</source>
        <translation>Andmehoidla %1 skeem tuleb uuendada (versioonilt %2 versioonile %3) ja seda tohib teha ainult selle administraator: paluge tal käivitada selle programmiversiooniga &quot;smsotp-cli store init&quot;. Teie kasutaja on %4.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvestamine</translation>
    </message>
    <message>
        <source>Your store login (%1) may not do this: the database refused &quot;%2&quot; in %3. Ask the store&apos;s administrator for a role that allows it.</source>
        <translation>Teie andmehoidla kasutaja (%1) ei tohi seda teha: andmebaas lükkas tegevuse „%2” andmehoidlas %3 tagasi. Paluge andmehoidla administraatorilt rolli, mis seda lubab.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Server sulges ühenduse.</translation>
    </message>
    <message>
        <source>Cannot read the identity of the store %1.</source>
        <translation>Andmehoidla %1 identiteeti ei saa lugeda.</translation>
    </message>
    <message>
        <source>%1 now holds a different store (identity %2, expected %3).</source>
        <translation>%1 sisaldab nüüd teist andmehoidlat (identiteet %2, oodati %3).</translation>
    </message>
    <message>
        <source>The connection to the store %1 is lost, so nothing was read or changed. Try again once it is restored.</source>
        <translation>Ühendus andmehoidlaga %1 on katkenud, seega midagi ei loetud ega muudetud. Proovige uuesti, kui ühendus on taastunud.</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>administrator</source>
        <translation>administraator</translation>
    </message>
    <message>
        <source>help desk</source>
        <translation>kasutajatugi</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>audiitor</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The store was created, but it has no key yet: %1</source>
        <translation>Andmehoidla loodi, kuid sellel pole veel võtit: %1</translation>
    </message>
    <message>
        <source>Store key created (fingerprint %1).</source>
        <translation>Andmehoidla võti loodud (sõrmejälg %1).</translation>
    </message>
    <message>
        <source>Store ready: %1 (%2), schema version %3.</source>
        <translation>Andmehoidla valmis: %1 (%2), skeemi versioon %3.</translation>
    </message>
    <message>
        <source>Dialect:        %1</source>
        <translation>Dialekt:          %1</translation>
    </message>
    <message>
        <source>Location:       %1</source>
        <translation>Asukoht:          %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Skeemi versioon:  %1 (see programm: %2)</translation>
    </message>
    <message>
        <source>UUID:           %1</source>
        <translation>UUID:             %1</translation>
    </message>
    <message>
        <source>Store key:      %1</source>
        <translation>Andmehoidla võti: %1</translation>
    </message>
    <message>
        <source>present, protected by a passphrase</source>
        <translation>olemas, kaitstud paroolifraasiga</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>pole veel loodud</translation>
    </message>
    <message>
        <source>Authenticators: %1</source>
        <translation>Autentijad:       %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Sündmused:        %1</translation>
    </message>
    <message>
        <source>  store init                       create the store (or bring its schema up to date) and its key
  store info                       dialect, location, schema version, identity, your role
  store grant LOGIN ROLE           PostgreSQL: make LOGIN administrator, helpdesk or auditor
  store revoke LOGIN               PostgreSQL: take every store role from LOGIN
  store roles                      PostgreSQL: who holds which role
</source>
        <translation>  store init                       loo andmehoidla (või uuenda selle skeemi) ja selle võti
  store info                       dialekt, asukoht, skeemi versioon, identiteet, teie roll
  store grant LOGIN ROLE           PostgreSQL: tee LOGIN-ist administrator, helpdesk või auditor
  store revoke LOGIN               PostgreSQL: võta LOGIN-ilt kõik andmehoidla rollid
  store roles                      PostgreSQL: kellel on milline roll
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli store init | info | grant LOGIN administrator|helpdesk|auditor | revoke LOGIN | roles</source>
        <translation>Kasutamine: smsotp-cli store init | info | grant LOGIN administrator|helpdesk|auditor | revoke LOGIN | roles</translation>
    </message>
    <message>
        <source>Your role:      %1</source>
        <translation>Teie roll:      %1</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use administrator, helpdesk or auditor.</source>
        <translation>Tundmatu roll „%1”: kasutage administrator, helpdesk või auditor.</translation>
    </message>
    <message>
        <source>%1 is now %2 of this store (role %3).</source>
        <translation>%1 on nüüd selle andmehoidla %2 (roll %3).</translation>
    </message>
    <message>
        <source>The table rights were left as they are: only the store&apos;s owner may re-apply them.</source>
        <translation>Tabelite õigused jäeti samaks: neid tohib uuesti rakendada ainult andmehoidla omanik.</translation>
    </message>
    <message>
        <source>%1 held no role in this store; nothing changed.</source>
        <translation>Kasutajal %1 polnud selles andmehoidlas rolli; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>%1 no longer holds a role in this store (was: %2).</source>
        <translation>Kasutajal %1 pole enam selles andmehoidlas rolli (oli: %2).</translation>
    </message>
</context>
<context>
    <name>StoreConnectionIndicator</name>
    <message>
        <source>Connection to the store lost — reconnecting (attempt %1)…</source>
        <translation>Ühendus andmehoidlaga katkes — taasühendamine (katse %1)…</translation>
    </message>
    <message>
        <source>The console reconnects by itself; unsaved input on the pages is kept. Saving waits until the connection is back.
%1</source>
        <translation>Konsool loob ühenduse ise uuesti; lehtede salvestamata sisestus säilib. Salvestamine ootab, kuni ühendus taastub.
%1</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The remembered store key is damaged.</source>
        <translation>Meeldejäetud andmehoidla võti on rikutud.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Paroolifraasis peab olema vähemalt %1 märki.</translation>
    </message>
    <message>
        <source>The store&apos;s wrapped key is damaged.</source>
        <translation>Andmehoidla mähitud võti on rikutud.</translation>
    </message>
    <message>
        <source>The store&apos;s wrapped key uses parameters this computer cannot derive.</source>
        <translation>Andmehoidla mähitud võti kasutab parameetreid, mida see arvuti ei suuda tuletada.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this store.</source>
        <translation>Selle andmehoidla paroolifraas on vale.</translation>
    </message>
</context>
<context>
    <name>StoreKeyController</name>
    <message>
        <source>&amp;Unlock Store Key…</source>
        <translation>Ava andmehoidla võ&amp;ti…</translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase to work with phone numbers and gateway secrets.</source>
        <translation>Sisestage andmehoidla paroolifraas, et töötada telefoninumbrite ja lüüsi saladustega.</translation>
    </message>
    <message>
        <source>&amp;Forget Store Key on This Computer</source>
        <translation>&amp;Unusta andmehoidla võti selles arvutis</translation>
    </message>
    <message>
        <source>Remove the remembered key of this store from the keychain.</source>
        <translation>Eemalda selle andmehoidla meeldejäetud võti võtmehoidjast.</translation>
    </message>
    <message>
        <source>C&amp;hange Store Passphrase…</source>
        <translation>&amp;Muuda andmehoidla paroolifraasi…</translation>
    </message>
    <message>
        <source>Wrap the store key with a new passphrase; nothing is re-encrypted.</source>
        <translation>Ümbritse andmehoidla võti uue paroolifraasiga; midagi ei krüptita uuesti.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Võtmehoidjat ei saanud lugeda: %1</translation>
    </message>
    <message>
        <source>Store key unlocked from this computer&apos;s keychain.</source>
        <translation>Andmehoidla võti avati selle arvuti võtmehoidjast.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ükski andmehoidla pole avatud.</translation>
    </message>
    <message>
        <source>The store key is remembered on this computer.</source>
        <translation>Andmehoidla võti on selles arvutis meelde jäetud.</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Võtmehoidjat ei saanud uuendada: %1</translation>
    </message>
    <message>
        <source>The store passphrase was changed.</source>
        <translation>Andmehoidla paroolifraas muudeti.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the store key; the passphrase is asked at the next opening.</source>
        <translation>See arvuti ei mäleta enam andmehoidla võtit; paroolifraasi küsitakse järgmisel avamisel.</translation>
    </message>
    <message>
        <source>&amp;Create Store Key…</source>
        <translation>&amp;Loo andmehoidla võti…</translation>
    </message>
    <message>
        <source>This store has no key yet: create one, protected by a passphrase, to work with phone numbers.</source>
        <translation>Sellel andmehoidlal pole veel võtit: looge paroolifraasiga kaitstud võti, et telefoninumbritega töötada.</translation>
    </message>
    <message>
        <source>The store key was created and is unlocked.</source>
        <translation>Andmehoidla võti on loodud ja avatud.</translation>
    </message>
    <message>
        <source>Another console or smsotp-cli has created this store&apos;s key since it was opened here. That key is kept and no other is made: unlock it with its passphrase (File → Unlock Store Key…).</source>
        <translation>Teine konsool või smsotp-cli on pärast siin avamist selle andmehoidla võtme loonud. See võti jääb alles ja teist ei looda: avage see selle paroolifraasiga (Fail → Ava andmehoidla võti…).</translation>
    </message>
    <message>
        <source>Create Store Key</source>
        <translation>Andmehoidla võtme loomine</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in %1.</source>
        <translation>Liiga palju valesid paroolifraase. Proovi uuesti %1 pärast.</translation>
    </message>
    <message>
        <source>store key unlock refused: the passphrase did not unlock the key</source>
        <translation>andmehoidla võtme avamisest keelduti: paroolifraas ei avanud võtit</translation>
    </message>
    <message numerus="yes">
        <source>store key unlock paused for %n second(s) after %1 wrong passphrases in a row</source>
        <translation>
            <numerusform>andmehoidla võtme avamine peatati %n sekundiks pärast %1 järjestikust vale paroolifraasi</numerusform>
            <numerusform>andmehoidla võtme avamine peatati %n sekundiks pärast %1 järjestikust vale paroolifraasi</numerusform>
        </translation>
    </message>
    <message>
        <source>The event log could not record this: %1</source>
        <translation>Sündmuste logi ei saanud seda salvestada: %1</translation>
    </message>
</context>
<context>
    <name>StoreKeyVault</name>
    <message>
        <source>This store already has a key.</source>
        <translation>Sellel andmehoidlal on juba võti.</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Andmehoidla võti loodud</translation>
    </message>
    <message>
        <source>This store has no key yet. Create one with &quot;smsotp-cli store init&quot; and a passphrase.</source>
        <translation>Sellel andmehoidlal pole veel võtit. Looge see käsuga &quot;smsotp-cli store init&quot; ja paroolifraasiga.</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Andmehoidla paroolifraas muudetud</translation>
    </message>
    <message>
        <source>Locking the store for its key</source>
        <translation>Andmehoidla lukustamine võtme jaoks</translation>
    </message>
</context>
<context>
    <name>StoreOverviewPage</name>
    <message>
        <source>Storage SMS OTP</source>
        <translation>Storage SMS OTP</translation>
    </message>
    <message>
        <source>The settings of the Storage SMS OTP authenticator, one page per section, are kept in this store:</source>
        <translation>Storage SMS OTP autentija seaded, iga jaotis eraldi lehel, hoitakse selles andmehoidlas:</translation>
    </message>
    <message>
        <source>No store is open. Use File → Open store… to open one.</source>
        <translation>Ükski andmehoidla pole avatud. Valige Fail → Ava andmehoidla…, et see avada.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Asukoht:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Liik:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identiteet:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Skeemi versioon:</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Ava teine andmehoidla…</translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation>Ava andmehoidla…</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>The store %1 is a local file: it has no logins and no roles. Whoever may write the file administers the store; protect it with the file&apos;s permissions.</source>
        <translation>Andmehoidla %1 on kohalik fail: sellel pole kasutajaid ega rolle. Andmehoidlat haldab see, kes tohib faili kirjutada; kaitske seda faili õigustega.</translation>
    </message>
    <message>
        <source>Changing the store&apos;s roles</source>
        <translation>Andmehoidla rollide muutmine</translation>
    </message>
    <message>
        <source>Reading the database&apos;s name</source>
        <translation>Andmebaasi nime lugemine</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; is too long for the store&apos;s role names (at most %2 bytes with &quot;_administrator&quot;). Rename the database to use roles.</source>
        <translation>Andmebaasi nimi „%1” on andmehoidla rollinimede jaoks liiga pikk (koos lõpuga &quot;_administrator&quot; kõige rohkem %2 baiti). Rollide kasutamiseks nimetage andmebaas ümber.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used as a PostgreSQL role name here.</source>
        <translation>„%1” ei saa siin PostgreSQL-i rolli nimena kasutada.</translation>
    </message>
    <message>
        <source>Looking up the role %1</source>
        <translation>Rolli %1 otsimine</translation>
    </message>
    <message>
        <source>Reading the rights of this login</source>
        <translation>Selle kasutaja õiguste lugemine</translation>
    </message>
    <message>
        <source>Cannot read the rights of this login.</source>
        <translation>Selle kasutaja õigusi ei saa lugeda.</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; may not manage the store&apos;s roles: that needs a PostgreSQL login with CREATEROLE (or a superuser). Run this as the store&apos;s owner (%2) if it has CREATEROLE, or ask the database&apos;s administrator.</source>
        <translation>Kasutaja „%1” ei tohi andmehoidla rolle hallata: selleks on vaja PostgreSQL-i kasutajat õigusega CREATEROLE (või superkasutajat). Käivitage see andmehoidla omanikuna (%2), kui tal on CREATEROLE, või pöörduge andmebaasi administraatori poole.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is one of the store&apos;s own roles; name the login of a person or a service.</source>
        <translation>„%1” on üks andmehoidla enda rollidest; nimetage inimese või teenuse kasutaja.</translation>
    </message>
    <message>
        <source>Looking up the login %1</source>
        <translation>Kasutaja %1 otsimine</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login &apos;%1&apos; on this server. Create it first, for example CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;, then grant it a store role.</source>
        <translation>Selles serveris pole PostgreSQL-i kasutajat „%1”. Looge see kõigepealt, näiteks CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;, seejärel andke talle andmehoidla roll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PostgreSQL role that cannot log in; give the store role to a login.</source>
        <translation>„%1” on PostgreSQL-i roll, mis ei saa sisse logida; andke andmehoidla roll kasutajale, kes saab.</translation>
    </message>
    <message>
        <source>Reading the roles of %1</source>
        <translation>Kasutaja %1 rollide lugemine</translation>
    </message>
    <message>
        <source>Listing the store&apos;s tables</source>
        <translation>Andmehoidla tabelite loetlemine</translation>
    </message>
    <message>
        <source>Listing the store&apos;s sequences</source>
        <translation>Andmehoidla jadade loetlemine</translation>
    </message>
    <message>
        <source>Reading the store&apos;s schema</source>
        <translation>Andmehoidla skeemi lugemine</translation>
    </message>
    <message>
        <source>Reading the rights of %1</source>
        <translation>Kasutaja %1 õiguste lugemine</translation>
    </message>
    <message>
        <source>The store&apos;s roles do not exist yet, and only the store&apos;s owner (%1) may give them rights on its tables. Run the first &quot;store grant&quot; as %1.</source>
        <translation>Andmehoidla rolle veel pole ja neile tohib anda õigusi selle tabelitele ainult andmehoidla omanik (%1). Käivitage esimene &quot;store grant&quot; kasutajana %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; still holds %2, granted by another login; ask that login or a superuser to revoke it.</source>
        <translation>Kasutajal „%1” on endiselt roll %2, mille andis teine kasutaja; paluge sellel kasutajal või superkasutajal see tühistada.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login &apos;%1&apos; on this server.</source>
        <translation>Selles serveris pole PostgreSQL-i kasutajat „%1”.</translation>
    </message>
    <message>
        <source>Reading the members of %1</source>
        <translation>Rolli %1 liikmete lugemine</translation>
    </message>
    <message>
        <source>Reading the store&apos;s owner</source>
        <translation>Andmehoidla omaniku lugemine</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>&apos;%1&apos;: a SQLite store needs a full file path after three slashes, for example sqlite:///home/me/store.db</source>
        <translation>„%1“: SQLite&apos;i andmehoidla vajab pärast kolme kaldkriipsu täielikku failiteed, näiteks sqlite:///home/me/store.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown kind of store &apos;%2&apos;; use sqlite or postgresql</source>
        <translation>„%1“: tundmatu andmehoidla liik „%2“; kasutage sqlite või postgresql</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the server&apos;s host name is missing</source>
        <translation>„%1“: serveri hostinimi puudub</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: name the database after the host, for example postgresql://user@host/smsotp</source>
        <translation>„%1“: kirjutage andmebaasi nimi pärast hosti, näiteks postgresql://user@host/smsotp</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: name the user before the host, for example postgresql://user@host/smsotp</source>
        <translation>„%1“: kirjutage kasutajanimi enne hosti, näiteks postgresql://user@host/smsotp</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown option &apos;%2&apos;; only sslmode is understood</source>
        <translation>„%1“: tundmatu suvand „%2“; toetatakse ainult sslmode&apos;i</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: sslmode must be one of %2</source>
        <translation>„%1“: sslmode peab olema üks järgmistest: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder: name the store&apos;s file, for example %2</source>
        <translation>„%1“ on kaust: nimetage andmehoidla fail, näiteks %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a store address. Use a file path such as /full/path/store.db (or sqlite:///full/path/store.db), or postgresql://user@host:5432/database?sslmode=require</source>
        <translation>„%1“ ei ole andmehoidla aadress. Kasutage failiteed, nt /full/path/store.db (või sqlite:///full/path/store.db), või postgresql://user@host:5432/database?sslmode=require</translation>
    </message>
</context>
<context>
    <name>TestSendCommand</name>
    <message>
        <source>  test-send PHONE [--text T] [--validate-only] [--json]
                                   send a test SMS (a fresh OTP, or the text T) through the gateway
</source>
        <translation>  test-send PHONE [--text T] [--validate-only] [--json]
                                   saada lüüsi kaudu test-SMS (uus ühekordne parool või tekst T)
</translation>
    </message>
    <message>
        <source>--text needs a text.</source>
        <translation>--text vajab teksti.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]</source>
        <translation>Kasutus: smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]</translation>
    </message>
    <message>
        <source> (gateway: %1 %2)</source>
        <translation> (lüüs: %1 %2)</translation>
    </message>
    <message>
        <source>The test SMS to %1 was not sent: %2</source>
        <translation>Test-SMS-i numbrile %1 ei saadetud: %2</translation>
    </message>
    <message>
        <source>Validated (not sent) to %1 through %2 in %3 ms.</source>
        <translation>Kontrollitud (saatmata) numbrile %1 lüüsi %2 kaudu %3 ms jooksul.</translation>
    </message>
    <message>
        <source>Sent to %1 through %2 in %3 ms.</source>
        <translation>Saadetud numbrile %1 lüüsi %2 kaudu %3 ms jooksul.</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>Sõnumi ID: %1</translation>
    </message>
    <message>
        <source>Gateway answer: %1 %2</source>
        <translation>Lüüsi vastus: %1 %2</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the second one sent it.</source>
        <translation>Esimene lüüs ebaõnnestus (%1); teine lüüs saatis sõnumi.</translation>
    </message>
    <message>
        <source>The one-time password in it was made for this test only and signs nobody in.</source>
        <translation>Selles olev ühekordne parool loodi ainult selle testi jaoks ega logi kedagi sisse.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>Send a Test SMS</source>
        <translation>Test-SMS-i saatmine</translation>
    </message>
    <message>
        <source>Sends a real SMS through the gateway to prove the configuration works. The message is built like a sign-in message, with a fresh one-time password that signs nobody in, or with a text of your own. Every test send is recorded in the event log without the code.</source>
        <translation>Saadab lüüsi kaudu päris SMS-i, et tõestada konfiguratsiooni toimimist. Sõnum koostatakse nagu sisselogimissõnum: värske ühekordse parooliga, millega ei saa keegi sisse logida, või teie enda tekstiga. Iga testsaatmine salvestatakse sündmuste logisse ilma koodita.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sõnum</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefoninumber:</translation>
    </message>
    <message>
        <source>for example 8 (916) 123-45-67</source>
        <translation>näiteks 8 (916) 123-45-67</translation>
    </message>
    <message>
        <source>Typed as users would; it is normalised with the Phone format settings.</source>
        <translation>Sisestage nii, nagu kasutajad seda teeksid; number normaliseeritakse telefoninumbri vormingu seadete järgi.</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Saaja:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Sisu:</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>Ühekordne &amp;parool</translation>
    </message>
    <message>
        <source>The text of the Message format page with a freshly generated one-time password.</source>
        <translation>Sõnumi vormingu lehe tekst värskelt genereeritud ühekordse parooliga.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Uus kood</translation>
    </message>
    <message>
        <source>C&amp;ustom text</source>
        <translation>&amp;Oma tekst</translation>
    </message>
    <message>
        <source>The text to send</source>
        <translation>Saadetav tekst</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Eelvaade:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Lüüs:</translation>
    </message>
    <message>
        <source>&amp;Validate only (the gateway checks the request but sends nothing)</source>
        <translation>Ainult &amp;kontrolli (lüüs kontrollib päringut, kuid ei saada midagi)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Saada</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>&amp;Loobu saatmisest</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Lõpptulemus:</translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation>Teenusepakkuja sõnumi ID:</translation>
    </message>
    <message>
        <source>Gateway code:</source>
        <translation>Lüüsi kood:</translation>
    </message>
    <message>
        <source>Gateway answer:</source>
        <translation>Lüüsi vastus:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latentsus:</translation>
    </message>
    <message>
        <source>Sent through:</source>
        <translation>Saadetud lüüsi kaudu:</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Veel pole midagi saadetud.</translation>
    </message>
    <message>
        <source>(enter a number)</source>
        <translation>(sisestage number)</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>Saatja: %1 · %2</translation>
    </message>
    <message>
        <source>the outbox beside the store</source>
        <translation>andmehoidla kõrval olev väljundkast</translation>
    </message>
    <message>
        <source>then, on a connection failure or when busy: %1 — %2</source>
        <translation>seejärel ühenduse tõrke või hõivatuse korral: %1 — %2</translation>
    </message>
    <message>
        <source>Using the saved settings.</source>
        <translation>Kasutatakse salvestatud seadeid.</translation>
    </message>
    <message>
        <source>Using the unsaved settings of the page being edited.</source>
        <translation>Kasutatakse muudetava lehe salvestamata seadeid.</translation>
    </message>
    <message>
        <source>The gateway checks the number, sender and credentials and sends nothing (SMSAPI&apos;s test mode).</source>
        <translation>Lüüs kontrollib numbrit, saatjat ja juurdepääsuandmeid ega saada midagi (SMSAPI testrežiim).</translation>
    </message>
    <message>
        <source>This gateway has no validate-only send.</source>
        <translation>Sellel lüüsil pole ainult kontrollivat saatmist.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Saatmine…</translation>
    </message>
    <message>
        <source>Accepted (validate only: nothing was sent)</source>
        <translation>Aktsepteeritud (ainult kontroll: midagi ei saadetud)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ei saadetud: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(the second gateway: the first one failed with %1)</source>
        <translation>(teine lüüs, sest esimene ebaõnnestus: %1)</translation>
    </message>
</context>
<context>
    <name>TestSender</name>
    <message>
        <source>The phone number was refused: %1</source>
        <translation>Telefoninumber lükati tagasi: %1</translation>
    </message>
    <message>
        <source>A test message is being sent already.</source>
        <translation>Testsõnumit juba saadetakse.</translation>
    </message>
    <message>
        <source>This gateway has no validate-only send; nothing was sent.</source>
        <translation>Sellel lüüsil pole ainult kontrollimisega saatmist; midagi ei saadetud.</translation>
    </message>
    <message>
        <source>validate-only test SMS</source>
        <translation>ainult kontrollimiseks mõeldud test-SMS</translation>
    </message>
    <message>
        <source>test SMS</source>
        <translation>test-SMS</translation>
    </message>
    <message>
        <source>%1 to %2 through %3: %4</source>
        <translation>%1 numbrile %2 %3 kaudu: %4</translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>lüüsi</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>; the first gateway failed: %1</source>
        <translation>; esimene lüüs ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Sent, but the event could not be written: %1</source>
        <translation>Saadetud, kuid sündmust ei saanud kirjutada: %1</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>Sisestage telefoninumber, millele saata.</translation>
    </message>
    <message>
        <source>the first gateway failed (%1); the test SMS to %2 went through the second gateway</source>
        <translation>esimene lüüs ebaõnnestus (%1); test-SMS numbrile %2 saadeti teise lüüsi kaudu</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list] | list [--json] | disable NAME | enable NAME | delete NAME</source>
        <translation>Kasutus: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list] | list [--json] | disable NAME | enable NAME | delete NAME</translation>
    </message>
    <message>
        <source>--scope needs a comma-separated list of scopes.</source>
        <translation>--scope vajab komadega eraldatud õiguste loendit.</translation>
    </message>
    <message>
        <source>--expires needs a date, for example 2027-01-31.</source>
        <translation>--expires vajab kuupäeva, näiteks 2027-01-31.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for tokens create.</source>
        <translation>Tundmatu suvand „%1“ käsule tokens create.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]</source>
        <translation>Kasutus: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]</translation>
    </message>
    <message>
        <source>Give the token its scopes with --scope, for example --scope otp:request,otp:verify (scopes: %1).</source>
        <translation>Andke tõendile õigused suvandiga --scope, näiteks --scope otp:request,otp:verify (õigused: %1).</translation>
    </message>
    <message>
        <source>Unknown scope &apos;%1&apos;. The scopes are %2.</source>
        <translation>Tundmatu õigus „%1“. Õigused on %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write 2027-01-31 or 2027-01-31T18:00:00Z.</source>
        <translation>„%1“ ei ole kuupäev: kirjutage 2027-01-31 või 2027-01-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created with the scopes %2. Copy the secret above now: it is stored only as a hash and will not be shown again.</source>
        <translation>API-tõend „%1“ loodud õigustega %2. Kopeerige ülaltoodud saladus kohe: see salvestatakse ainult räsina ja seda ei näidata enam.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens list [--json]</source>
        <translation>Kasutus: smsotp-cli tokens list [--json]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens %1 NAME</source>
        <translation>Kasutus: smsotp-cli tokens %1 NAME</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; deleted; callers using it are refused from now on.</source>
        <translation>API-tõend „%1“ kustutatud; selle kasutajate päringud lükatakse nüüdsest tagasi.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; enabled.</source>
        <translation>API-tõend „%1“ lubatud.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; disabled; callers using it are refused until it is enabled again.</source>
        <translation>API-tõend „%1“ keelatud; selle kasutajate päringud lükatakse tagasi, kuni tõend uuesti lubatakse.</translation>
    </message>
    <message>
        <source>  tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]
                                   a new API token for smsotp-server; the secret is printed once.
                                   Scopes: otp:request, otp:verify, phones:read, phones:write,
                                   metrics:read.
                                   DATE: 2027-01-31 (midnight UTC) or 2027-01-31T18:00:00Z
  tokens list [--json]             the API tokens (never their secrets)
  tokens disable|enable|delete NAME
</source>
        <translation>  tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]
                                   uus API-tõend smsotp-serverile; saladus prinditakse üks kord.
                                   Õigused: otp:request, otp:verify, phones:read, phones:write,
                                   metrics:read.
                                   DATE: 2027-01-31 (kesköö UTC) või 2027-01-31T18:00:00Z
  tokens list [--json]             API-tõendid (mitte kunagi nende saladused)
  tokens disable|enable|delete NAME
</translation>
    </message>
</context>
<context>
    <name>UnlockStoreKeyDialog</name>
    <message>
        <source>Unlock Store Key</source>
        <translation>Andmehoidla võtme avamine</translation>
    </message>
    <message>
        <source>Phone numbers and gateway secrets in %1 are encrypted. Enter the store&apos;s passphrase to work with them. Without it you can still browse, unblock and read events.</source>
        <translation>Andmehoidla %1 telefoninumbrid ja lüüsi saladused on krüptitud. Nendega töötamiseks sisestage andmehoidla paroolifraas. Ilma selleta saate siiski sirvida, blokeeringuid eemaldada ja sündmusi lugeda.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Paroolifraas</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Jäta selles arvutis meelde</translation>
    </message>
    <message>
        <source>Keep the unlocked key in this computer&apos;s keychain, so the passphrase is not asked again here. Forget it from the File menu.</source>
        <translation>Hoia avatud võtit selle arvuti võtmehoidjas, et paroolifraasi siin enam ei küsitaks. Selle saab unustada menüüs Fail.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Mitte praegu</translation>
    </message>
</context>
<context>
    <name>UserCsvImport</name>
    <message>
        <source>Too many fields: expected login, phone, comment.</source>
        <translation>Liiga palju välju: oodati kasutajanime, telefoni ja kommentaari.</translation>
    </message>
    <message>
        <source>Phone numbers are stored encrypted: unlock the store key first.</source>
        <translation>Telefoninumbrid on salvestatud krüptituna: avage kõigepealt andmehoidla võti.</translation>
    </message>
    <message>
        <source>This login appears earlier in the file.</source>
        <translation>See kasutajanimi esineb failis varem.</translation>
    </message>
    <message>
        <source>Phone number refused: %1</source>
        <translation>Telefoninumbrist keelduti: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an SMS authenticator.</source>
        <translation>Kasutajal „%1“ on juba SMS-autentija.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Rida %1 (%2): %3</translation>
    </message>
    <message>
        <source>registered with phone %1 (CSV import)</source>
        <translation>registreeritud telefoninumbriga %1 (CSV-import)</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Importimine tühistati: midagi ei imporditud.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n kasutaja imporditud.</numerusform>
            <numerusform>%n kasutajat imporditud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already registered with this number: nothing to change.</source>
        <translation>Juba registreeritud selle numbriga: midagi pole muuta.</translation>
    </message>
    <message>
        <source>phone changed to %1 (directory import)</source>
        <translation>telefoninumber muudetud: %1 (kataloogiimport)</translation>
    </message>
    <message>
        <source>phone changed to %1 (CSV import)</source>
        <translation>telefoninumber muudetud: %1 (CSV-import)</translation>
    </message>
    <message>
        <source>registered with phone %1 (directory import)</source>
        <translation>registreeritud telefoninumbriga %1 (kataloogiimport)</translation>
    </message>
    <message>
        <source>%1 registered and %2 updated from the directory</source>
        <translation>kataloogist registreeriti %1 ja uuendati %2</translation>
    </message>
    <message>
        <source>%1 user(s) imported, %2 updated.</source>
        <translation>Imporditud kasutajaid: %1, uuendatud: %2.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>Import Users</source>
        <translation>Kasutajate importimine</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-failid (*.csv *.txt);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Faili %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped. Import the others?</source>
        <translation>
            <numerusform>%n real on probleeme ja see jäetakse vahele. Kas importida ülejäänud?</numerusform>
            <numerusform>%n real on probleeme ja need jäetakse vahele. Kas importida ülejäänud?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing users…</source>
        <translation>Kasutajate importimine…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Import Users from CSV</source>
        <translation>Kasutajate importimine CSV-failist</translation>
    </message>
    <message>
        <source>A CSV file with one user per line: login, phone, comment (a header line is optional). Every row is checked before anything is written; rows with problems are skipped.</source>
        <translation>CSV-fail, milles on üks kasutaja rea kohta: kasutajanimi, telefon, kommentaar (päiserida on valikuline). Enne kirjutamist kontrollitakse iga rida; probleemidega read jäetakse vahele.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Vali fail…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentaar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Faili pole valitud.</translation>
    </message>
    <message>
        <source>The file holds no users.</source>
        <translation>Fail ei sisalda kasutajaid.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Näidatakse esimest %1 rida.</translation>
    </message>
    <message>
        <source>More users match than one import reads (%1). Narrow the filter and import the rest separately.</source>
        <translation>Filtrile vastab rohkem kasutajaid, kui üks import loeb (%1). Kitsendage filtrit ja importige ülejäänud eraldi.</translation>
    </message>
    <message>
        <source>update the number</source>
        <translation>uuenda numbrit</translation>
    </message>
    <message>
        <source>Import Users from the Directory</source>
        <translation>Kasutajate importimine kataloogist</translation>
    </message>
    <message>
        <source>Every directory user matching the filter (empty: the import filter of the Directory settings) is registered with the number in their phone attribute. Every row is checked before anything is written; rows with problems are skipped.</source>
        <translation>Iga filtrile vastav kataloogi kasutaja (tühi: kataloogi seadete impordifilter) registreeritakse tema telefoniatribuudis oleva numbriga. Enne kirjutamist kontrollitakse iga rida; probleemidega read jäetakse vahele.</translation>
    </message>
    <message>
        <source>&amp;Read Directory</source>
        <translation>&amp;Loe kataloogi</translation>
    </message>
    <message>
        <source>An LDAP filter, for example (&amp;(objectClass=user)(department=Sales)).</source>
        <translation>LDAP-filter, näiteks (&amp;(objectClass=user)(department=Sales)).</translation>
    </message>
    <message>
        <source>&amp;Update the numbers of users already registered</source>
        <translation>&amp;Uuenda juba registreeritud kasutajate numbreid</translation>
    </message>
    <message>
        <source>No directory user matches the filter.</source>
        <translation>Ükski kataloogi kasutaja ei vasta filtrile.</translation>
    </message>
    <message>
        <source>Press Read Directory to see the users.</source>
        <translation>Kasutajate nägemiseks vajutage Loe kataloogi.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import, %1 with problems.</source>
        <translation>
            <numerusform>%n rida on importimiseks valmis, %1 probleemidega.</numerusform>
            <numerusform>%n rida on importimiseks valmis, %1 probleemidega.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>use denied</source>
        <translation>kasutamine keelatud</translation>
    </message>
    <message>
        <source>blocked until %1</source>
        <translation>blokeeritud kuni %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivne</translation>
    </message>
    <message>
        <source>--comment needs a text.</source>
        <translation>--comment vajab teksti.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service]</source>
        <translation>Kasutus: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--search needs a text.</source>
        <translation>--search vajab teksti.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users list [--blocked] [--search S] [--json]</source>
        <translation>Kasutus: smsotp-cli users list [--blocked] [--search S] [--json]</translation>
    </message>
    <message>
        <source>Note: searching phone numbers needs the store&apos;s passphrase; only logins were searched.</source>
        <translation>Märkus: telefoninumbrite otsimiseks on vaja andmehoidla paroolifraasi; otsiti ainult kasutajanimesid.</translation>
    </message>
    <message>
        <source>failures: %1</source>
        <translation>ebaõnnestumisi: %1</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users unblock LOGIN... | users unblock --all</source>
        <translation>Kasutus: smsotp-cli users unblock LOGIN... | users unblock --all</translation>
    </message>
    <message>
        <source>blocked until a help-desk unblock</source>
        <translation>blokeeritud kuni kasutajatoe poolt blokeeringu eemaldamiseni</translation>
    </message>
    <message>
        <source>  users register LOGIN PHONE [--comment C] [--self-service]
                                   register an authenticator (the phone is normalised and encrypted)
  users list [--blocked] [--search S] [--json]
                                   list authenticators; S matches logins, or a phone number exactly
  users unblock LOGIN... | --all   unblock accounts
  users import-directory [--filter F] [--dry-run] [--update-existing]
                                   register every directory user matching F (default:
                                   directory.importFilter) with their number
</source>
        <translation>  users register LOGIN PHONE [--comment C] [--self-service]
                                   registreeri autentija (telefoninumber normaliseeritakse ja krüptitakse)
  users list [--blocked] [--search S] [--json]
                                   loetle autentijad; S vastab kasutajanimedele või täpselt telefoninumbrile
  users unblock LOGIN... | --all   eemalda kontode blokeering
  users import-directory [--filter F] [--dry-run] [--update-existing]
                                   registreeri iga F-ile vastav kataloogi kasutaja (vaikimisi:
                                   directory.importFilter) tema numbriga
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service] | list [--blocked] [--search S] [--json] | unblock LOGIN... | unblock --all | import-directory [--filter F] [--dry-run] [--update-existing]</source>
        <translation>Kasutus: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service] | list [--blocked] [--search S] [--json] | unblock LOGIN... | unblock --all | import-directory [--filter F] [--dry-run] [--update-existing]</translation>
    </message>
    <message>
        <source>--filter needs an LDAP filter.</source>
        <translation>--filter vajab LDAP-filtrit.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users import-directory [--filter F] [--dry-run] [--update-existing]</source>
        <translation>Kasutus: smsotp-cli users import-directory [--filter F] [--dry-run] [--update-existing]</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>vahele jäetud: %1</translation>
    </message>
    <message>
        <source>update to %1</source>
        <translation>uuenda: %1</translation>
    </message>
    <message>
        <source>register with %1</source>
        <translation>registreeri: %1</translation>
    </message>
    <message>
        <source>Warning: more users match than one import reads (%1); narrow the filter and import the rest separately.</source>
        <translation>Hoiatus: filtrile vastab rohkem kasutajaid, kui üks import loeb (%1); kitsendage filtrit ja importige ülejäänud eraldi.</translation>
    </message>
    <message>
        <source>%1 of %2 directory user(s) can be imported.</source>
        <translation>Imporditavaid kataloogi kasutajaid: %1/%2.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proovikäivitus: midagi ei kirjutatud.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Management console for an SMS one-time-password provider.</source>
        <translation>Halduskonsool SMS-i ühekordsete paroolide autentimisteenuse jaoks.</translation>
    </message>
    <message>
        <source>Show the console in LANG: en, sv, ru or et.</source>
        <translation>Näita konsooli keeles LANG: en, sv, ru või et.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use en, sv, ru or et.</source>
        <translation>Tundmatu keel „%1“; kasutage en, sv, ru või et.</translation>
    </message>
    <message>
        <source>Start on PAGE: helpDesk, events, or a settings section such as block.</source>
        <translation>Ava lehekülg PAGE: helpDesk, events või seadete jaotis, näiteks block.</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;.</source>
        <translation>Tundmatu lehekülg „%1“.</translation>
    </message>
    <message>
        <source>Open the store at URL (a file path such as /path/store.db, sqlite:///path/store.db, or postgresql://user@host:5432/db?sslmode=require).</source>
        <translation>Ava andmehoidla aadressil URL (failitee, nt /path/store.db, sqlite:///path/store.db või postgresql://user@host:5432/db?sslmode=require).</translation>
    </message>
</context>
</TS>
