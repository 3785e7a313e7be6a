<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessRightsSettingsPage</name>
    <message>
        <source>What users may do with their own SMS authenticator in self-service. Administrators and the help desk in this console are not bound by these rights.</source>
        <translation>Vad användare får göra med sin egen SMS-autentiserare via självbetjäning. Administratörer och helpdesk i den här konsolen omfattas inte av dessa rättigheter.</translation>
    </message>
    <message>
        <source>&amp;Deny use of SMS OTP</source>
        <translation>&amp;Neka användning av SMS OTP</translation>
    </message>
    <message>
        <source>When ticked, nobody can sign in with an SMS code: every request is refused (event 1202).</source>
        <translation>När rutan är markerad kan ingen logga in med en SMS-kod: alla förfrågningar avvisas (händelse 1202).</translation>
    </message>
    <message>
        <source>Users may &amp;register a new authenticator</source>
        <translation>Användare får &amp;registrera en ny autentiserare</translation>
    </message>
    <message>
        <source>Lets a user register their own phone number in self-service.</source>
        <translation>Låter användaren registrera sitt eget telefonnummer via självbetjäning.</translation>
    </message>
    <message>
        <source>Users may &amp;edit their authenticator</source>
        <translation>Användare får &amp;ändra sin autentiserare</translation>
    </message>
    <message>
        <source>Lets a user change the phone number of their existing authenticator.</source>
        <translation>Låter användaren ändra telefonnumret för sin befintliga autentiserare.</translation>
    </message>
    <message>
        <source>Users may de&amp;lete their authenticator</source>
        <translation>Användare får ta &amp;bort sin autentiserare</translation>
    </message>
    <message>
        <source>Lets a user remove their own SMS authenticator.</source>
        <translation>Låter användaren ta bort sin egen SMS-autentiserare.</translation>
    </message>
    <message>
        <source>&amp;Comment may be edited:</source>
        <translation>&amp;Kommentaren får redigeras:</translation>
    </message>
    <message>
        <source>When a user may write or change the comment of their authenticator.</source>
        <translation>När användaren får skriva eller ändra kommentaren till sin autentiserare.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Only while registering</source>
        <translation>Endast vid registrering</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>The encrypted value is damaged.</source>
        <translation>Det krypterade värdet är skadat.</translation>
    </message>
    <message>
        <source>The encrypted value cannot be decrypted: the key is wrong or the data was changed.</source>
        <translation>Det krypterade värdet kan inte dekrypteras: nyckeln är fel eller data har ändrats.</translation>
    </message>
</context>
<context>
    <name>ApiInput</name>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters.</source>
        <translation>&apos;%1&apos; är längre än %2 tecken.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains control characters.</source>
        <translation>&apos;%1&apos; innehåller styrtecken.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>Inloggningsnamnet är tomt.</translation>
    </message>
    <message>
        <source>The body must be JSON, sent with Content-Type: application/json.</source>
        <translation>Brödtexten måste vara JSON, skickad med Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Brödtexten är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation>Okänt fält &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string.</source>
        <translation>&apos;%1&apos; måste vara en sträng.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is required.</source>
        <translation>&apos;%1&apos; krävs.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>The service could not complete the request; try again later.</source>
        <translation>Tjänsten kunde inte slutföra förfrågan; försök igen senare.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Servern håller på att stängas av.</translation>
    </message>
    <message>
        <source>a valid API token is required (Authorization: Bearer TOKEN)</source>
        <translation>en giltig API-token krävs (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; has expired</source>
        <translation>API-token &apos;%1&apos; har gått ut</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; is disabled</source>
        <translation>API-token &apos;%1&apos; är inaktiverad</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; lacks the scope %2</source>
        <translation>API-token &apos;%1&apos; saknar behörigheten %2</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account</source>
        <translation>ingen SMS-autentiserare är registrerad för det här kontot</translation>
    </message>
    <message>
        <source>Give &apos;phone&apos;, &apos;comment&apos; or both.</source>
        <translation>Ange &apos;phone&apos;, &apos;comment&apos; eller båda.</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account; give &apos;phone&apos; to register one</source>
        <translation>ingen SMS-autentiserare är registrerad för det här kontot; ange &apos;phone&apos; för att registrera en</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Kontroll av lagringen</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Send a one-time password (POST /api/v1/otp/request)</source>
        <translation>Skicka ett engångslösenord (POST /api/v1/otp/request)</translation>
    </message>
    <message>
        <source>Check a one-time password (POST /api/v1/otp/verify)</source>
        <translation>Kontrollera ett engångslösenord (POST /api/v1/otp/verify)</translation>
    </message>
    <message>
        <source>Read an authenticator&apos;s masked phone number (GET /api/v1/authenticators/{login})</source>
        <translation>Läsa en autentiserares maskerade telefonnummer (GET /api/v1/authenticators/{login})</translation>
    </message>
    <message>
        <source>Register, change and delete phone numbers (PUT and DELETE /api/v1/authenticators/{login})</source>
        <translation>Registrera, ändra och ta bort telefonnummer (PUT och DELETE /api/v1/authenticators/{login})</translation>
    </message>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Ange ett namn på token.</translation>
    </message>
    <message>
        <source>A token&apos;s name has at most %1 characters.</source>
        <translation>En tokens namn får ha högst %1 tecken.</translation>
    </message>
    <message>
        <source>A token&apos;s name cannot start or end with a space.</source>
        <translation>En tokens namn får inte börja eller sluta med ett blanksteg.</translation>
    </message>
    <message>
        <source>A token&apos;s name cannot contain control characters.</source>
        <translation>En tokens namn får inte innehålla styrtecken.</translation>
    </message>
    <message>
        <source>Scrape the server&apos;s Prometheus metrics (GET /metrics)</source>
        <translation>Läsa serverns Prometheus-mätvärden (GET /metrics)</translation>
    </message>
</context>
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>Checking an API token</source>
        <translation>Kontroll av en API-token</translation>
    </message>
    <message>
        <source>Recording the use of API token %1</source>
        <translation>Registrering av användningen av API-token %1</translation>
    </message>
    <message>
        <source>Reading API token %1</source>
        <translation>Läsning av API-token %1</translation>
    </message>
    <message>
        <source>There is no API token named &quot;%1&quot;.</source>
        <translation>Det finns ingen API-token med namnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown scope &quot;%1&quot;. The scopes are %2.</source>
        <translation>Okänd behörighet &quot;%1&quot;. Behörigheterna är %2.</translation>
    </message>
    <message>
        <source>Give the token at least one scope (%1).</source>
        <translation>Ge token minst en behörighet (%1).</translation>
    </message>
    <message>
        <source>The expiry %1 has already passed; choose a time in the future.</source>
        <translation>Utgångstiden %1 har redan passerats; välj en tid i framtiden.</translation>
    </message>
    <message>
        <source>Reading API tokens</source>
        <translation>Läsning av API-token</translation>
    </message>
    <message>
        <source>An API token named &quot;%1&quot; exists already; choose another name, or delete the old token first.</source>
        <translation>Det finns redan en API-token med namnet &quot;%1&quot;; välj ett annat namn eller ta bort den gamla token först.</translation>
    </message>
    <message>
        <source>Saving API token %1</source>
        <translation>Sparande av API-token %1</translation>
    </message>
    <message>
        <source>The new API token %1 was not saved.</source>
        <translation>Den nya API-token %1 sparades inte.</translation>
    </message>
    <message>
        <source>Reading API tokens failed: %1</source>
        <translation>Läsningen av API-token misslyckades: %1</translation>
    </message>
    <message>
        <source>Deleting API token %1</source>
        <translation>Borttagning av API-token %1</translation>
    </message>
</context>
<context>
    <name>ApiTokenTableModel</name>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>aldrig använd</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Undantagen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrolleras</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Skapad %1 av %2</translation>
    </message>
    <message>
        <source>Callers with this token pass the IP allow-list (a trusted integration).</source>
        <translation>Anrop med denna token passerar listan över tillåtna IP-adresser (en betrodd integration).</translation>
    </message>
    <message>
        <source>Callers with this token must come from an address on the IP allow-list when the list is on.</source>
        <translation>Anrop med denna token måste komma från en tillåten IP-adress när listan är aktiverad.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Senast använd</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Senaste adress</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>Tillåtna IP-adresser</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
</context>
<context>
    <name>ApiTokensPage</name>
    <message>
        <source>API access</source>
        <translation>API-åtkomst</translation>
    </message>
    <message>
        <source>The store was closed.</source>
        <translation>Lagringen stängdes.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created.</source>
        <translation>API-token &quot;%1&quot; skapades.</translation>
    </message>
    <message>
        <source>Cannot Enable Token</source>
        <translation>Det går inte att aktivera token</translation>
    </message>
    <message>
        <source>Cannot Disable Token</source>
        <translation>Det går inte att inaktivera token</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; enabled.</source>
        <translation>API-token &quot;%1&quot; aktiverades.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; disabled: callers using it are refused until it is enabled again.</source>
        <translation>API-token &quot;%1&quot; inaktiverades: anrop med den avvisas tills den aktiveras igen.</translation>
    </message>
    <message>
        <source>Delete API Token</source>
        <translation>Ta bort API-token</translation>
    </message>
    <message>
        <source>Delete the API token &quot;%1&quot;? Every system that uses it is refused from now on, and it cannot be restored: a new token has a new secret.</source>
        <translation>Ta bort API-token &quot;%1&quot;? Alla system som använder den avvisas från och med nu, och den kan inte återställas: en ny token får en ny hemlighet.</translation>
    </message>
    <message>
        <source>Cannot Delete Token</source>
        <translation>Det går inte att ta bort token</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; deleted.</source>
        <translation>API-token &quot;%1&quot; togs bort.</translation>
    </message>
    <message>
        <source>Sign-in systems (a VPN&apos;s RADIUS server, a web application, an identity provider) call the provider servers with an API token. Each token may do only what its scopes allow, until its expiry; disable or delete a token to shut a system out at once.</source>
        <translation>Inloggningssystem (en VPN:s RADIUS-server, en webbapplikation, en identitetsleverantör) anropar providerservrarna med en API-token. Varje token får bara göra det som dess behörigheter tillåter, fram till utgångstiden; inaktivera eller ta bort en token för att stänga ute ett system direkt.</translation>
    </message>
    <message>
        <source>Open a store to see its API tokens.</source>
        <translation>Öppna en lagring för att se dess API-token.</translation>
    </message>
    <message>
        <source>Your store login (%1) may look at the tokens but not change them.</source>
        <translation>Din lagringsinloggning (%1) får visa token men inte ändra dem.</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Skapa…</translation>
    </message>
    <message>
        <source>Create a token; its secret is shown once.</source>
        <translation>Skapa en token; dess hemlighet visas en gång.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Refuse the selected token until it is enabled again.</source>
        <translation>Avvisa den valda token tills den aktiveras igen.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivera</translation>
    </message>
    <message>
        <source>Accept the selected token again.</source>
        <translation>Godta den valda token igen.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Delete the selected token for good.</source>
        <translation>Ta bort den valda token permanent.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDetailPane</name>
    <message>
        <source>An administrator denied the use of this authenticator: no code is sent and none is accepted until the use is allowed again.</source>
        <translation>En administratör har nekat användning av den här autentiseraren: ingen kod skickas och ingen godkänns förrän användningen tillåts igen.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) in a row (last at %1). Only a help-desk unblock releases it: use Unblock once you know the caller is the account&apos;s owner.</source>
        <translation>
            <numerusform>Spärrad efter %n felaktig kod i följd (den senaste: %1). Endast helpdesk kan häva spärren: använd Häv spärren när du vet att den som ringer är kontots ägare.</numerusform>
            <numerusform>Spärrad efter %n felaktiga koder i följd (den senaste: %1). Endast helpdesk kan häva spärren: använd Häv spärren när du vet att den som ringer är kontots ägare.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>okänd tidpunkt</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) in a row (last at %1). It is released automatically at %2, or at once with Unblock.</source>
        <translation>
            <numerusform>Spärrad efter %n felaktig kod i följd (den senaste: %1). Spärren hävs automatiskt %2, eller genast med Häv spärren.</numerusform>
            <numerusform>Spärrad efter %n felaktiga koder i följd (den senaste: %1). Spärren hävs automatiskt %2, eller genast med Häv spärren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not blocked, but the spam protection has suspended sending codes to everyone for now: see the Spam protection settings.</source>
        <translation>Inte spärrad, men skyddet mot SMS-bedrägeri har tills vidare pausat sändningen av koder till alla: se inställningarna för Skydd mot SMS-bedrägeri.</translation>
    </message>
    <message>
        <source>The block time has passed: the next sign-in releases it.</source>
        <translation>Spärrtiden har löpt ut: spärren hävs vid nästa inloggning.</translation>
    </message>
    <message>
        <source>Active, with %1 of %2 wrong codes counted; the counter clears %3 minutes after the last failure or at the next correct code.</source>
        <translation>Aktiv, med %1 av %2 felaktiga koder räknade; räknaren nollställs %3 minuter efter det senaste misslyckandet eller vid nästa korrekta kod.</translation>
    </message>
    <message>
        <source>Active: the user can sign in with an SMS code.</source>
        <translation>Aktiv: användaren kan logga in med en SMS-kod.</translation>
    </message>
    <message>
        <source>Recent events of this account:</source>
        <translation>Senaste händelser för det här kontot:</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Senaste händelser</translation>
    </message>
    <message>
        <source>No authenticator selected</source>
        <translation>Ingen autentiserare markerad</translation>
    </message>
    <message>
        <source>Select one row to see its details, why it is blocked and its recent events.</source>
        <translation>Markera en rad för att se dess detaljer, varför den är spärrad och dess senaste händelser.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Phone: %1 · Registered: %2 · Status: %3
Failed attempts: %4 · Last failure: %5 · Last success: %6</source>
        <translation>Telefon: %1 · Registrerad: %2 · Status: %3
Misslyckade försök: %4 · Senaste misslyckande: %5 · Senaste lyckade: %6</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Codes go to the phone number above (stored here).</source>
        <translation>Koderna skickas till telefonnumret ovan (lagrat här).</translation>
    </message>
    <message>
        <source>Codes go to the number in the directory (attribute %1); the number above is used only when the directory has none for this user.</source>
        <translation>Koderna skickas till numret i katalogen (attribut %1); numret ovan används bara när katalogen saknar nummer för användaren.</translation>
    </message>
    <message>
        <source>Codes go to the number in the directory (attribute %1), not to the number above. Check it with Settings → Directory → Check directory.</source>
        <translation>Koderna skickas till numret i katalogen (attribut %1), inte till numret ovan. Kontrollera det under Inställningar → Katalog → Kontrollera katalogen.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorInput</name>
    <message>
        <source>The login is empty.</source>
        <translation>Inloggningsnamnet är tomt.</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>Inloggningsnamnet</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Kommentaren</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Visningsnamnet</translation>
    </message>
</context>
<context>
    <name>AuthenticatorRepository</name>
    <message>
        <source>Phone numbers are stored encrypted: unlock the store key first.</source>
        <translation>Telefonnummer lagras krypterade: lås upp lagringsnyckeln först.</translation>
    </message>
    <message>
        <source>Registering %1</source>
        <translation>Registrering av %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Läsning av %1</translation>
    </message>
    <message>
        <source>There is no authenticator for &apos;%1&apos;.</source>
        <translation>Det finns ingen autentiserare för &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Changing the phone of %1</source>
        <translation>Ändring av telefonnumret för %1</translation>
    </message>
    <message>
        <source>Changing the comment of %1</source>
        <translation>Ändring av kommentaren för %1</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Ändring av %1</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Borttagning av %1</translation>
    </message>
    <message>
        <source>Listing authenticators</source>
        <translation>Listning av autentiserare</translation>
    </message>
    <message>
        <source>Counting authenticators</source>
        <translation>Räkning av autentiserare</translation>
    </message>
    <message>
        <source>Saving the code of %1</source>
        <translation>Sparande av koden för %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Sparande av %1</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Spärrning av %1</translation>
    </message>
    <message>
        <source>Unblocking %1</source>
        <translation>Hävning av spärren för %1</translation>
    </message>
    <message>
        <source>Resetting the counter of %1</source>
        <translation>Nollställning av räknaren för %1</translation>
    </message>
    <message>
        <source>Unblocking every authenticator</source>
        <translation>Hävning av spärren för alla autentiserare</translation>
    </message>
    <message>
        <source>Unblocking authenticators</source>
        <translation>Hävning av spärren för autentiserare</translation>
    </message>
    <message>
        <source>The search text has %1 characters; a search may have at most %2.</source>
        <translation>Söktexten har %1 tecken; en sökning får ha högst %2.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorTableModel</name>
    <message>
        <source>Only the prefix and the last four digits are shown. Use Reveal to see the whole number.</source>
        <translation>Endast prefixet och de fyra sista siffrorna visas. Använd Visa för att se hela numret.</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>Klicka för att sortera efter den här kolumnen.</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Den här kolumnen kan inte sorteras.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Senaste misslyckande</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Senaste lyckade</translation>
    </message>
    <message>
        <source>Preparing the store</source>
        <translation>Förbereder lagringen</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>status: use denied by an administrator</comment>
        <translation>nekad</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>status</comment>
        <translation>spärrad</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>status: sending suspended by the spam protection</comment>
        <translation>pausad</translation>
    </message>
    <message>
        <source>active</source>
        <comment>status</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>use denied by an administrator</source>
        <translation>användning nekad av en administratör</translation>
    </message>
    <message>
        <source>blocked after too many wrong codes until a help-desk unblock</source>
        <translation>spärrad efter för många felaktiga koder tills helpdesk häver spärren</translation>
    </message>
    <message>
        <source>blocked after too many wrong codes until %1 (Unblock releases it at once)</source>
        <translation>spärrad efter för många felaktiga koder till %1 (Häv spärren släpper den direkt)</translation>
    </message>
    <message>
        <source>not blocked, but the spam protection has suspended sending codes to everyone</source>
        <translation>inte spärrad, men skyddet mot SMS-bedrägeri har pausat sändningen av koder till alla</translation>
    </message>
    <message>
        <source>active: codes are sent and accepted</source>
        <translation>aktiv: koder skickas och godtas</translation>
    </message>
    <message>
        <source>Wrong codes in a row since the last success or reset.</source>
        <translation>Felaktiga koder i följd sedan senaste lyckade försök eller nollställning.</translation>
    </message>
    <message>
        <source>Failures</source>
        <comment>column: failed attempts</comment>
        <translation>Misslyckade</translation>
    </message>
</context>
<context>
    <name>BlockSettingsPage</name>
    <message>
        <source>Blocking is off: failed codes never block an authenticator.</source>
        <translation>Spärrning är avstängd: felaktiga koder spärrar aldrig en autentiserare.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed code(s)</source>
        <translation>
            <numerusform>%n felaktig kod</numerusform>
            <numerusform>%n felaktiga koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 within %2 the authenticator is blocked until the help desk unblocks it.</source>
        <translation>Efter %1 inom %2 spärras autentiseraren tills helpdesk häver spärren.</translation>
    </message>
    <message>
        <source>After %1 within %2 the authenticator is blocked for %3.</source>
        <translation>Efter %1 inom %2 spärras autentiseraren i %3.</translation>
    </message>
    <message>
        <source>Blocks an authenticator after repeated wrong codes, so nobody can guess a code by trying many. A blocked authenticator gets no SMS until it is released.</source>
        <translation>Spärrar en autentiserare efter upprepade felaktiga koder, så att ingen kan gissa en kod genom att pröva många. En spärrad autentiserare får inga SMS förrän spärren hävs.</translation>
    </message>
    <message>
        <source>&amp;Block after repeated failed codes</source>
        <translation>S&amp;pärra efter upprepade felaktiga koder</translation>
    </message>
    <message>
        <source>When ticked, too many wrong codes block the authenticator.</source>
        <translation>När rutan är markerad spärrar för många felaktiga koder autentiseraren.</translation>
    </message>
    <message>
        <source>&amp;Attempts before block:</source>
        <translation>&amp;Försök före spärr:</translation>
    </message>
    <message>
        <source>How many wrong codes in a row block the authenticator (%1–%2, default 5).</source>
        <translation>Hur många felaktiga koder i följd som spärrar autentiseraren (%1–%2, standard 5).</translation>
    </message>
    <message>
        <source>&amp;Reset the counter after:</source>
        <translation>&amp;Nollställ räknaren efter:</translation>
    </message>
    <message>
        <source>The count of wrong codes starts again after this many minutes without a failure (%1–%2, default 10).</source>
        <translation>Räkningen av felaktiga koder börjar om efter så här många minuter utan misslyckande (%1–%2, standard 10).</translation>
    </message>
    <message>
        <source>&amp;Unblock automatically after:</source>
        <translation>Häv spärren a&amp;utomatiskt efter:</translation>
    </message>
    <message>
        <source>Minutes until a blocked authenticator is released by itself; 0 means only the help desk can release it (default 30).</source>
        <translation>Minuter tills en spärrad autentiserare släpps av sig själv; 0 betyder att endast helpdesk kan häva spärren (standard 30).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never (help desk only)</source>
        <translation>Aldrig (endast helpdesk)</translation>
    </message>
    <message>
        <source>The policy in words</source>
        <translation>Sammanfattning av policyn</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <source>Telling the other consoles</source>
        <translation>Avisering av de andra konsolerna</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change Store Passphrase</source>
        <translation>Ändra lagringens lösenfras</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>At least 8 characters. Only the wrapping of the key changes: nothing is re-encrypted.</source>
        <translation>Minst 8 tecken. Endast nyckelns inkapsling ändras: ingenting krypteras om.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändra</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>
Exit status: 0 success, 1 refused or failed (reason on stderr), 2 bad usage.
</source>
        <translation>
Slutstatus: 0 lyckades, 1 avvisades eller misslyckades (orsak på stderr), 2 felaktig användning.
</translation>
    </message>
    <message>
        <source>--store needs a URL.</source>
        <translation>--store kräver en URL.</translation>
    </message>
    <message>
        <source>--passphrase-file needs a file name.</source>
        <translation>--passphrase-file kräver ett filnamn.</translation>
    </message>
    <message>
        <source>--lang must be one of en, sv, ru, et.</source>
        <translation>--lang måste vara en av en, sv, ru, et.</translation>
    </message>
    <message>
        <source>A passphrase is never taken from the command line (other users can see it): use --passphrase-file FILE or SMSOTP_PASSPHRASE.</source>
        <translation>En lösenfras tas aldrig från kommandoraden (andra användare kan se den): använd --passphrase-file FILE eller SMSOTP_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run smsotp-cli --help for the list.</source>
        <translation>Okänt kommando &apos;%1&apos;. Kör smsotp-cli --help för att se listan.</translation>
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
        <translation>Användning: smsotp-cli [--store URL] [--passphrase-file FILE] [--lang en|sv|ru|et] COMMAND ...

  --store URL             en filsökväg (/path/store.db, en SQLite-lagring), sqlite:///path/store.db eller
                          postgresql://user@host:port/db?sslmode=...
                          (standard: konsolens lokala lagring). Serverlösenordet hämtas från
                          SMSOTP_DB_PASSWORD.
  --passphrase-file FILE  lagringsnyckelns lösenfras (eller ange SMSOTP_PASSPHRASE)

Kommandon:
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Det går inte att läsa lösenfrasfilen %1: %2</translation>
    </message>
    <message>
        <source>This needs the store&apos;s passphrase: give --passphrase-file FILE or set SMSOTP_PASSPHRASE.</source>
        <translation>Lagringens lösenfras krävs: ange --passphrase-file FILE eller sätt SMSOTP_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>ClientAddress</name>
    <message>
        <source>the client address is longer than %1 characters</source>
        <translation>klientadressen är längre än %1 tecken</translation>
    </message>
    <message>
        <source>the client address is not an IPv4 or IPv6 address</source>
        <translation>klientadressen är inte en IPv4- eller IPv6-adress</translation>
    </message>
    <message>
        <source>only an IPv6 client address may carry a zone id</source>
        <translation>endast en IPv6-klientadress får ha ett zon-id</translation>
    </message>
    <message>
        <source>the zone id of the client address must be 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>klientadressens zon-id måste vara 1 till %1 bokstäver, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>ClientCertificateStore</name>
    <message>
        <source>The client certificate thumbprint must be 40 hexadecimal digits.</source>
        <translation>Klientcertifikatets tumavtryck måste bestå av 40 hexadecimala siffror.</translation>
    </message>
    <message>
        <source>The client certificate folder %1 does not exist; put the certificate (PEM or PKCS#12) there.</source>
        <translation>Mappen för klientcertifikat %1 finns inte; lägg certifikatet (PEM eller PKCS#12) där.</translation>
    </message>
    <message>
        <source>The client certificate %1 is in %2, but not its private key: put the key in the same PEM file or beside it as NAME.key, or use a PKCS#12 file.</source>
        <translation>Klientcertifikatet %1 finns i %2, men inte dess privata nyckel: lägg nyckeln i samma PEM-fil eller bredvid den som NAME.key, eller använd en PKCS#12-fil.</translation>
    </message>
    <message>
        <source>The client certificate %1 expired on %2.</source>
        <translation>Klientcertifikatet %1 gick ut %2.</translation>
    </message>
    <message>
        <source>No client certificate with thumbprint %1 in %2.</source>
        <translation>Inget klientcertifikat med tumavtrycket %1 i %2.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; Another console saved this section after you opened it. The fields that differ are below: yours on the left, the stored ones on the right.</source>
        <translation>&lt;b&gt;Inte sparat.&lt;/b&gt; En annan konsol sparade det här avsnittet efter att du öppnade det. Fälten som skiljer sig visas nedan: dina till vänster, de lagrade till höger.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Dina</translation>
    </message>
    <message>
        <source>Stored by the other console</source>
        <translation>Sparat av den andra konsolen</translation>
    </message>
    <message>
        <source>Differences between your input and the stored settings</source>
        <translation>Skillnader mellan dina värden och de lagrade inställningarna</translation>
    </message>
    <message>
        <source>Re&amp;load Stored</source>
        <translation>&amp;Läs in det lagrade</translation>
    </message>
    <message>
        <source>Drop your input and show what the other console saved.</source>
        <translation>Släpp dina värden och visa det som den andra konsolen sparade.</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>Skriv &amp;över med mina</translation>
    </message>
    <message>
        <source>Save your input over what the other console saved. Their change stays in the history and can be restored.</source>
        <translation>Spara dina värden över det som den andra konsolen sparade. Deras ändring finns kvar i historiken och kan återställas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed in another console.&lt;/b&gt; Another console saved this section while you were editing it. The fields that differ are below: yours on the left, the stored ones on the right. Nothing is saved until you choose.</source>
        <translation>&lt;b&gt;Ändrat i en annan konsol.&lt;/b&gt; En annan konsol sparade det här avsnittet medan du redigerade det. Fälten som skiljer sig visas nedan: dina till vänster, de lagrade till höger. Ingenting sparas förrän du väljer.</translation>
    </message>
</context>
<context>
    <name>ConsoleLock</name>
    <message numerus="yes">
        <source>console locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>konsolen låstes efter %n minut utan aktivitet</numerusform>
            <numerusform>konsolen låstes efter %n minuter utan aktivitet</numerusform>
        </translation>
    </message>
    <message>
        <source>console locked with File → Lock Now</source>
        <translation>konsolen låstes med Arkiv → Lås nu</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>Konsolen är låst.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase.</source>
        <translation>Ange lagringens lösenfras.</translation>
    </message>
    <message>
        <source>console unlock refused: the passphrase did not unlock the key</source>
        <translation>upplåsning av konsolen avvisades: lösenfrasen låste inte upp nyckeln</translation>
    </message>
    <message>
        <source>console unlocked with the store&apos;s passphrase</source>
        <translation>konsolen låstes upp med lagringens lösenfras</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the key of this store: enter its passphrase.</source>
        <translation>Den här datorns nyckelring innehåller inte nyckeln till den här lagringen: ange dess lösenfras.</translation>
    </message>
    <message>
        <source>console unlocked from this computer&apos;s keychain</source>
        <translation>konsolen låstes upp från den här datorns nyckelring</translation>
    </message>
    <message>
        <source>Quit While Locked</source>
        <translation>Avsluta när konsolen är låst</translation>
    </message>
    <message numerus="yes">
        <source>The console is locked, so nothing can be saved. The unsaved changes on %n page(s) are lost if you quit now. Quit anyway?</source>
        <translation>
            <numerusform>Konsolen är låst, så ingenting kan sparas. De osparade ändringarna på %n sida går förlorade om du avslutar nu. Vill du avsluta ändå?</numerusform>
            <numerusform>Konsolen är låst, så ingenting kan sparas. De osparade ändringarna på %n sidor går förlorade om du avslutar nu. Vill du avsluta ändå?</numerusform>
        </translation>
    </message>
    <message>
        <source>The event log could not record this: %1</source>
        <translation>Händelseloggen kunde inte registrera detta: %1</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>Lås n&amp;u</translation>
    </message>
    <message>
        <source>Wipe the store key from memory and hide the console until the store&apos;s passphrase is entered again.</source>
        <translation>Radera lagringsnyckeln från minnet och dölj konsolen tills lagringens lösenfras anges igen.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Alternativ…</translation>
    </message>
    <message>
        <source>Settings of the console on this computer, such as when it locks itself.</source>
        <translation>Konsolens inställningar på den här datorn, till exempel när den låser sig själv.</translation>
    </message>
    <message numerus="yes">
        <source>console unlock paused for %n second(s) after %1 wrong passphrases in a row</source>
        <translation>
            <numerusform>upplåsning av konsolen pausad i %n sekund efter %1 felaktiga lösenfraser i rad</numerusform>
            <numerusform>upplåsning av konsolen pausad i %n sekunder efter %1 felaktiga lösenfraser i rad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateApiTokenDialog</name>
    <message>
        <source>Tick at least one scope: a token without scopes could do nothing.</source>
        <translation>Markera minst en behörighet: en token utan behörigheter kan inte göra något.</translation>
    </message>
    <message>
        <source>The expiry has already passed; choose a time in the future.</source>
        <translation>Utgångstiden har redan passerats; välj en tid i framtiden.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ingen lagring är öppen.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. Paste it into the calling system&apos;s configuration, then clear the clipboard.</source>
        <translation>Kopierad till urklipp. Klistra in den i det anropande systemets konfiguration och töm sedan urklipp.</translation>
    </message>
    <message>
        <source>Create API Token</source>
        <translation>Skapa API-token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>e.g. vpn-radius or intranet-sso</source>
        <translation>t.ex. vpn-radius eller intranet-sso</translation>
    </message>
    <message>
        <source>Who uses the token, so you recognise it in the list and in the event log (up to %1 characters; unique).</source>
        <translation>Vem som använder token, så att du känner igen den i listan och i händelseloggen (högst %1 tecken; unikt).</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Behörigheter:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Går ut:</translation>
    </message>
    <message>
        <source>After this time the token is refused. Leave unticked for a token that never expires.</source>
        <translation>Efter denna tid avvisas token. Lämna omarkerad för en token som aldrig går ut.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Utgångstid</translation>
    </message>
    <message>
        <source>&amp;Exempt from the IP allow-list (a trusted integration)</source>
        <translation>&amp;Undantagen från listan över tillåtna IP-adresser (betrodd integration)</translation>
    </message>
    <message>
        <source>Callers with this token are not checked against the IP allow-list. Use it only for systems you control.</source>
        <translation>Anrop med denna token kontrolleras inte mot listan över tillåtna IP-adresser. Använd bara för system du själv har kontroll över.</translation>
    </message>
    <message>
        <source>Copy this token now. It is stored only as a hash and will not be shown again: if it is lost, delete the token and create a new one.</source>
        <translation>Kopiera denna token nu. Den lagras bara som en hash och visas inte igen: om den går förlorad, ta bort token och skapa en ny.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Ska&amp;pa</translation>
    </message>
</context>
<context>
    <name>CreateStoreKeyDialog</name>
    <message>
        <source>Create Store Key</source>
        <translation>Skapa lagringsnyckel</translation>
    </message>
    <message>
        <source>The store key encrypts the phone numbers and gateway secrets in %1, and nobody can recover its passphrase: keep it somewhere safe.</source>
        <translation>Lagringsnyckeln krypterar telefonnumren och gatewayhemligheterna i %1, och ingen kan återskapa dess lösenfras: förvara den på ett säkert ställe.</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>Kom i&amp;håg på den här datorn</translation>
    </message>
    <message>
        <source>Keep the new key in this computer&apos;s keychain, so the passphrase is not asked here. Forget it from the File menu.</source>
        <translation>Spara den nya nyckeln i den här datorns nyckelring, så att lösenfrasen inte efterfrågas här. Glöm den via menyn Arkiv.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>  demo populate --users N [--blocked-percent P] [--seed S]
                                   add N demo users (names, encrypted phones, events), P percent of them blocked
</source>
        <translation>  demo populate --users N [--blocked-percent P] [--seed S]
                                   lägg till N demoanvändare (namn, krypterade telefonnummer, händelser), varav P procent spärrade
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]</source>
        <translation>Användning: smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]</translation>
    </message>
    <message>
        <source>Bad option %1 %2.</source>
        <translation>Felaktigt alternativ %1 %2.</translation>
    </message>
    <message>
        <source>--users N is required (1 to 100,000,000).</source>
        <translation>--users N krävs (1 till 100 000 000).</translation>
    </message>
    <message>
        <source>%1 of %2 users…</source>
        <translation>%1 av %2 användare…</translation>
    </message>
    <message>
        <source>Added %1 users (%2 blocked) and %3 events in %4 s.</source>
        <translation>Lade till %1 användare (%2 spärrade) och %3 händelser på %4 s.</translation>
    </message>
</context>
<context>
    <name>DemoPopulator</name>
    <message>
        <source>The number of users must be at least 1.</source>
        <translation>Antalet användare måste vara minst 1.</translation>
    </message>
    <message>
        <source>The blocked percentage must be between 0 and 100.</source>
        <translation>Andelen spärrade måste vara mellan 0 och 100.</translation>
    </message>
    <message>
        <source>Reading the authenticators failed: %1</source>
        <translation>Läsningen av autentiserarna misslyckades: %1</translation>
    </message>
    <message>
        <source>Preparing the store</source>
        <translation>Förbereder lagringen</translation>
    </message>
    <message>
        <source>Writing demo events</source>
        <translation>Skriver demohändelser</translation>
    </message>
    <message>
        <source>blocked after 5 failed codes until a help-desk unblock</source>
        <translation>spärrad efter 5 felaktiga koder tills helpdesk häver spärren</translation>
    </message>
    <message>
        <source>blocked after 5 failed codes until %1 UTC</source>
        <translation>spärrad efter 5 felaktiga koder till %1 UTC</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>koden godkänd</translation>
    </message>
    <message>
        <source>Writing demo users</source>
        <translation>Skriver demoanvändare</translation>
    </message>
    <message>
        <source>Analysing the store</source>
        <translation>Analyserar lagringen</translation>
    </message>
</context>
<context>
    <name>DevFileGateway</name>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Utvecklingsfil (endast för test)</translation>
    </message>
    <message>
        <source>Cannot write the development outbox %1: %2</source>
        <translation>Det går inte att skriva till utvecklingsutkorgen %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryCommand</name>
    <message>
        <source>  directory check LOGIN            bind to the directory, find LOGIN and show its number (masked)
                                   or the reason there is none
</source>
        <translation>  directory check LOGIN            anslut till katalogen, sök LOGIN och visa dess nummer (maskerat)
                                   eller orsaken till att det saknas
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli directory check LOGIN</source>
        <translation>Användning: smsotp-cli directory check LOGIN</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>fel %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Note: phoneFormat.useDirectoryPhone is off, so the engine still sends to the store&apos;s numbers.</source>
        <translation>Obs! phoneFormat.useDirectoryPhone är av, så motorn skickar fortfarande till lagringens nummer.</translation>
    </message>
</context>
<context>
    <name>DirectoryPhoneLookup</name>
    <message>
        <source>the directory cannot be reached: %1</source>
        <translation>katalogen kan inte nås: %1</translation>
    </message>
    <message>
        <source>the directory refused the bind: %1</source>
        <translation>katalogen avvisade bindningen: %1</translation>
    </message>
    <message>
        <source>the directory search failed: %1</source>
        <translation>sökningen i katalogen misslyckades: %1</translation>
    </message>
    <message>
        <source>the settings take the phone number from the directory, but no directory server is configured</source>
        <translation>inställningarna hämtar telefonnumret från katalogen, men ingen katalogserver är konfigurerad</translation>
    </message>
    <message>
        <source>the directory has no user with this login</source>
        <translation>katalogen har ingen användare med detta inloggningsnamn</translation>
    </message>
    <message>
        <source>the directory&apos;s user filter matches several users for this login; it must match one</source>
        <translation>katalogens användarfilter matchar flera användare för detta inloggningsnamn; det måste matcha en</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory is empty</source>
        <translation>användarens attribut %1 i katalogen är tomt</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory holds %2 values; one number is expected</source>
        <translation>användarens attribut %1 i katalogen har %2 värden; ett nummer förväntas</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory holds binary data, not a phone number</source>
        <translation>användarens attribut %1 i katalogen innehåller binärdata, inte ett telefonnummer</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory is not a valid phone number: %2</source>
        <translation>användarens attribut %1 i katalogen är inte ett giltigt telefonnummer: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPhoneSource</name>
    <message>
        <source>the directory&apos;s bind password is stored encrypted: unlock the store key (its passphrase) first</source>
        <translation>katalogens bindningslösenord lagras krypterat: lås upp lagringsnyckeln (med dess lösenfras) först</translation>
    </message>
    <message>
        <source>the settings take the phone number from the directory, but no directory server is configured</source>
        <translation>inställningarna hämtar telefonnumret från katalogen, men ingen katalogserver är konfigurerad</translation>
    </message>
</context>
<context>
    <name>DirectorySettings</name>
    <message>
        <source>&apos;%1&apos; is not an LDAP address: write ldaps://host or ldap://host (with StartTLS)</source>
        <translation>&apos;%1&apos; är inte en LDAP-adress: skriv ldaps://värd eller ldap://värd (med StartTLS)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write only the scheme, host and port; the base DN has its own field</source>
        <translation>&apos;%1&apos;: skriv bara schema, värd och port; bas-DN har ett eget fält</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: plain LDAP is allowed only to this computer; use ldaps:// or turn StartTLS on</source>
        <translation>&apos;%1&apos;: okrypterad LDAP tillåts bara till den här datorn; använd ldaps:// eller aktivera StartTLS</translation>
    </message>
    <message>
        <source>must be an LDAP filter in parentheses, for example (uid={login})</source>
        <translation>måste vara ett LDAP-filter inom parentes, till exempel (uid={login})</translation>
    </message>
    <message>
        <source>the parentheses do not match</source>
        <translation>parenteserna stämmer inte</translation>
    </message>
    <message>
        <source>must contain {login} where the user&apos;s login goes</source>
        <translation>måste innehålla {login} där användarens inloggningsnamn ska stå</translation>
    </message>
    <message>
        <source>at most %1 servers</source>
        <translation>högst %1 servrar</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>får inte innehålla styrtecken</translation>
    </message>
    <message>
        <source>enter where users are searched, for example DC=example,DC=com</source>
        <translation>ange var användare söks, till exempel DC=example,DC=com</translation>
    </message>
    <message>
        <source>must be a directory attribute name, for example sAMAccountName or uid</source>
        <translation>måste vara namnet på ett katalogattribut, till exempel sAMAccountName eller uid</translation>
    </message>
    <message>
        <source>must not be longer than the total timeout</source>
        <translation>får inte vara längre än den totala tidsgränsen</translation>
    </message>
</context>
<context>
    <name>DirectorySettingsPage</name>
    <message>
        <source>CA Certificate</source>
        <translation>CA-certifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Type a new value to replace the stored one</source>
        <translation>Skriv ett nytt värde för att ersätta det lagrade</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Öppna en lagring först.</translation>
    </message>
    <message>
        <source>Type a login to look up, then press Check directory.</source>
        <translation>Skriv ett inloggningsnamn att slå upp och tryck sedan på Kontrollera katalogen.</translation>
    </message>
    <message>
        <source>✗ Correct the settings above first: %1</source>
        <translation>✗ Rätta först inställningarna ovan: %1</translation>
    </message>
    <message>
        <source>✗ Enter at least one server address.</source>
        <translation>✗ Ange minst en serveradress.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>✓ %1 has the number %2
%3</source>
        <translation>✓ %1 har numret %2
%3</translation>
    </message>
    <message>
        <source>✗ Event %1: %2</source>
        <translation>✗ Händelse %1: %2</translation>
    </message>
    <message>
        <source>The LDAP directory (Active Directory or OpenLDAP) that phone numbers come from when Phone format takes them from the directory, and that the help desk imports users from.</source>
        <translation>LDAP-katalogen (Active Directory eller OpenLDAP) som telefonnumren hämtas från när Telefonnummerformat tar dem från katalogen, och som helpdesk importerar användare från.</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Servrar:</translation>
    </message>
    <message>
        <source>One address a line, tried in order: ldaps://dc1.example.com, or ldap://… with StartTLS.</source>
        <translation>En adress per rad, provas i ordning: ldaps://dc1.example.com, eller ldap://… med StartTLS.</translation>
    </message>
    <message>
        <source>Use &amp;StartTLS for ldap:// servers</source>
        <translation>Använd &amp;StartTLS för ldap://-servrar</translation>
    </message>
    <message>
        <source>Encrypts ldap:// connections. Plain LDAP is allowed only to this computer, for tests.</source>
        <translation>Krypterar ldap://-anslutningar. Okrypterad LDAP tillåts bara till den här datorn, för test.</translation>
    </message>
    <message>
        <source>&amp;Bind as:</source>
        <translation>&amp;Bind som:</translation>
    </message>
    <message>
        <source>A DN (CN=svc-sms,OU=Service,DC=example,DC=com), DOMAIN\user or user@example.com. Empty: anonymous.</source>
        <translation>Ett DN (CN=svc-sms,OU=Service,DC=example,DC=com), DOMAIN\user eller user@example.com. Tomt: anonym.</translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation>Bindningslösen&amp;ord:</translation>
    </message>
    <message>
        <source>Stored encrypted with the store key; never exported. Leave empty to keep the stored one.</source>
        <translation>Lagras krypterat med lagringsnyckeln; exporteras aldrig. Lämna tomt för att behålla det lagrade.</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>Bas-&amp;DN:</translation>
    </message>
    <message>
        <source>Where users are searched, for example DC=example,DC=com.</source>
        <translation>Var användare söks, till exempel DC=example,DC=com.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>Användar&amp;filter:</translation>
    </message>
    <message>
        <source>Finds one user; {login} is replaced by the login, escaped (RFC 4515).</source>
        <translation>Hittar en användare; {login} ersätts med inloggningsnamnet, escapat (RFC 4515).</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>Fill in the filter and login attribute for Active Directory.</source>
        <translation>Fyll i filter och inloggningsattribut för Active Directory.</translation>
    </message>
    <message>
        <source>OpenLDAP</source>
        <translation>OpenLDAP</translation>
    </message>
    <message>
        <source>Fill in the filter and login attribute for OpenLDAP.</source>
        <translation>Fyll i filter och inloggningsattribut för OpenLDAP.</translation>
    </message>
    <message>
        <source>&amp;Login attribute:</source>
        <translation>Inloggnings&amp;attribut:</translation>
    </message>
    <message>
        <source>The attribute an import registers as the login: sAMAccountName (Active Directory) or uid.</source>
        <translation>Attributet som en import registrerar som inloggningsnamn: sAMAccountName (Active Directory) eller uid.</translation>
    </message>
    <message>
        <source>&amp;Import filter:</source>
        <translation>&amp;Importfilter:</translation>
    </message>
    <message>
        <source>Which users the help desk&apos;s directory import reads, for example (objectClass=user).</source>
        <translation>Vilka användare helpdeskens katalogimport läser, till exempel (objectClass=user).</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certifikat:</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the servers&apos; certificates. Empty: the system&apos;s trust store.</source>
        <translation>En PEM-fil med den CA som signerat servrarnas certifikat. Tomt: systemets betrodda certifikat.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>C&amp;onnect timeout (s):</source>
        <translation>A&amp;nslutningstidsgräns (s):</translation>
    </message>
    <message>
        <source>How long to wait for a server to accept the connection before trying the next one.</source>
        <translation>Hur länge en server får på sig att ta emot anslutningen innan nästa provas.</translation>
    </message>
    <message>
        <source>&amp;Timeout (s):</source>
        <translation>&amp;Tidsgräns (s):</translation>
    </message>
    <message>
        <source>How long to wait for each answer of a server.</source>
        <translation>Hur länge varje svar från en server inväntas.</translation>
    </message>
    <message>
        <source>C&amp;ache answers (s):</source>
        <translation>Cachelagra s&amp;var (s):</translation>
    </message>
    <message>
        <source>How long a user&apos;s number is remembered, so a burst of sign-ins does not hammer the directory. 0: ask every time.</source>
        <translation>Hur länge en användares nummer sparas, så att en mängd inloggningar inte överbelastar katalogen. 0: fråga varje gång.</translation>
    </message>
    <message>
        <source>Use the store&apos;s number when the directory has &amp;none</source>
        <translation>Anv&amp;änd lagringens nummer när katalogen saknar</translation>
    </message>
    <message>
        <source>When the user is missing from the directory or has no valid number there, send to the number registered in the store. An unreachable directory never falls back.</source>
        <translation>När användaren saknas i katalogen eller inte har något giltigt nummer där, skicka till numret som är registrerat i lagringen. En katalog som inte kan nås ger aldrig reserv.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Kontrollera anslutningen</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>In&amp;loggningsnamn:</translation>
    </message>
    <message>
        <source>A user to look up with the settings above, saved or not. Nothing is sent or stored.</source>
        <translation>En användare att slå upp med inställningarna ovan, sparade eller inte. Inget skickas eller lagras.</translation>
    </message>
    <message>
        <source>Check &amp;directory</source>
        <translation>Kontrollera &amp;katalogen</translation>
    </message>
    <message>
        <source>Binds, searches the login and shows its number (masked) or why there is none.</source>
        <translation>Binder, söker efter inloggningsnamnet och visar dess nummer (maskerat) eller varför det saknas.</translation>
    </message>
</context>
<context>
    <name>DirectoryUserImport</name>
    <message>
        <source>No directory server is configured (Settings, Directory).</source>
        <translation>Ingen katalogserver är konfigurerad (Inställningar, Katalog).</translation>
    </message>
    <message>
        <source>The filter %1 %2</source>
        <translation>Filtret %1 %2</translation>
    </message>
    <message>
        <source>(%1 values)</source>
        <translation>(%1 värden)</translation>
    </message>
    <message>
        <source>%1 has %2 values of %3; one login is expected.</source>
        <translation>%1 har %2 värden för %3; ett inloggningsnamn förväntas.</translation>
    </message>
    <message>
        <source>(binary data)</source>
        <translation>(binärdata)</translation>
    </message>
</context>
<context>
    <name>EnginePool</name>
    <message>
        <source>Setting up the store connection</source>
        <translation>Konfigurerar anslutningen till lagringen</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>One-time password sent</source>
        <translation>Engångslösenord skickat</translation>
    </message>
    <message>
        <source>One-time password accepted</source>
        <translation>Engångslösenord godkänt</translation>
    </message>
    <message>
        <source>Wrong one-time password</source>
        <translation>Felaktigt engångslösenord</translation>
    </message>
    <message>
        <source>Authenticator blocked</source>
        <translation>Autentiserare spärrad</translation>
    </message>
    <message>
        <source>Authenticator unblocked</source>
        <translation>Autentiserarens spärr hävd</translation>
    </message>
    <message>
        <source>Failure counter reset</source>
        <translation>Felräknare nollställd</translation>
    </message>
    <message>
        <source>One-time password expired</source>
        <translation>Engångslösenordet har gått ut</translation>
    </message>
    <message>
        <source>Authenticator registered</source>
        <translation>Autentiserare registrerad</translation>
    </message>
    <message>
        <source>Phone number changed</source>
        <translation>Telefonnummer ändrat</translation>
    </message>
    <message>
        <source>Authenticator deleted</source>
        <translation>Autentiserare borttagen</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Kommentar ändrad</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>Sändningen återupptagen</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>Adressen är inte tillåten</translation>
    </message>
    <message>
        <source>Use of the authenticator denied</source>
        <translation>Användning av autentiseraren nekad</translation>
    </message>
    <message>
        <source>Refused: authenticator blocked</source>
        <translation>Avvisad: autentiseraren är spärrad</translation>
    </message>
    <message>
        <source>Refused: sending suspended</source>
        <translation>Avvisad: sändningen är pausad</translation>
    </message>
    <message>
        <source>Self-service operation refused</source>
        <translation>Självbetjäningsåtgärd avvisad</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>Okänt konto</translation>
    </message>
    <message>
        <source>Phone number refused</source>
        <translation>Telefonnummer avvisat</translation>
    </message>
    <message>
        <source>Gateway failed to send</source>
        <translation>Gatewayen kunde inte skicka</translation>
    </message>
    <message>
        <source>Switched to the second gateway</source>
        <translation>Växlade till den andra gatewayen</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Testmeddelande skickat</translation>
    </message>
    <message>
        <source>Potential spam attack detected. Sending suspended.</source>
        <translation>Möjligt SMS-bedrägeri upptäckt. Sändningen har pausats.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Inställningar sparade</translation>
    </message>
    <message>
        <source>Settings imported</source>
        <translation>Inställningar importerade</translation>
    </message>
    <message>
        <source>Phone number revealed</source>
        <translation>Telefonnummer visat</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Lagringens lösenfras ändrad</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Lagringsnyckel skapad</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Händelse %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Client address refused</source>
        <translation>Klientadress avvisad</translation>
    </message>
    <message>
        <source>Verification refused: its outcome could not be recorded</source>
        <translation>Verifiering avvisad: resultatet kunde inte registreras</translation>
    </message>
    <message>
        <source>API call refused: token missing or unknown</source>
        <translation>API-anrop avvisat: token saknas eller är okänd</translation>
    </message>
    <message>
        <source>API call refused: token expired</source>
        <translation>API-anrop avvisat: token har gått ut</translation>
    </message>
    <message>
        <source>API call refused: token disabled</source>
        <translation>API-anrop avvisat: token inaktiverad</translation>
    </message>
    <message>
        <source>API call refused: scope missing</source>
        <translation>API-anrop avvisat: behörighet saknas</translation>
    </message>
    <message>
        <source>User not in the directory</source>
        <translation>Användaren finns inte i katalogen</translation>
    </message>
    <message>
        <source>No phone number in the directory</source>
        <translation>Inget telefonnummer i katalogen</translation>
    </message>
    <message>
        <source>Directory phone number refused</source>
        <translation>Telefonnummer från katalogen avvisat</translation>
    </message>
    <message>
        <source>Several phone numbers in the directory</source>
        <translation>Flera telefonnummer i katalogen</translation>
    </message>
    <message>
        <source>Directory unreachable</source>
        <translation>Katalogen kan inte nås</translation>
    </message>
    <message>
        <source>Directory bind refused</source>
        <translation>Bindning till katalogen avvisad</translation>
    </message>
    <message>
        <source>Directory search failed</source>
        <translation>Sökning i katalogen misslyckades</translation>
    </message>
    <message>
        <source>No directory connection configured</source>
        <translation>Ingen anslutning till katalogen konfigurerad</translation>
    </message>
    <message>
        <source>Store number used instead of the directory&apos;s</source>
        <translation>Lagringens nummer användes i stället för katalogens</translation>
    </message>
    <message>
        <source>Users imported from the directory</source>
        <translation>Användare importerade från katalogen</translation>
    </message>
    <message>
        <source>Settings section damaged</source>
        <translation>Inställningsavsnitt skadat</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>API-token skapad</translation>
    </message>
    <message>
        <source>API token disabled</source>
        <translation>API-token inaktiverad</translation>
    </message>
    <message>
        <source>API token enabled</source>
        <translation>API-token aktiverad</translation>
    </message>
    <message>
        <source>API token deleted</source>
        <translation>API-token borttagen</translation>
    </message>
    <message>
        <source>Provider server started</source>
        <translation>Providerserver startad</translation>
    </message>
    <message>
        <source>Provider server stopped</source>
        <translation>Providerserver stoppad</translation>
    </message>
    <message>
        <source>Console locked after inactivity</source>
        <translation>Konsol låst efter inaktivitet</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Konsol låst</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>Konsol upplåst</translation>
    </message>
    <message>
        <source>Console unlock refused</source>
        <translation>Upplåsning av konsol avvisad</translation>
    </message>
    <message>
        <source>Provider server reconnected to the store</source>
        <translation>Providerserver återansluten till lagringen</translation>
    </message>
    <message>
        <source>Console unlock paused</source>
        <translation>Upplåsning av konsol pausad</translation>
    </message>
    <message>
        <source>Store key unlock paused</source>
        <translation>Upplåsning av lagringsnyckel pausad</translation>
    </message>
    <message>
        <source>Store key unlock refused</source>
        <translation>Upplåsning av lagringsnyckel avvisad</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Writing event %1</source>
        <translation>Skrivning av händelse %1</translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>Reading events</source>
        <translation>Läsning av händelser</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>Räkning av händelser</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Klientadress</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Utförd av</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Code accepted</source>
        <translation>Koden godkänd</translation>
    </message>
    <message>
        <source>Failure counter reset</source>
        <translation>Felräknaren nollställd</translation>
    </message>
    <message>
        <source>Authenticator deleted</source>
        <translation>Autentiseraren borttagen</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Kommentaren ändrad</translation>
    </message>
    <message>
        <source>The authenticator is blocked</source>
        <translation>Autentiseraren är spärrad</translation>
    </message>
    <message>
        <source>Potential spam attack detected</source>
        <translation>Möjligt SMS-bedrägeri upptäckt</translation>
    </message>
    <message>
        <source>No SMS authenticator is registered for this account</source>
        <translation>Ingen SMS-autentiserare är registrerad för det här kontot</translation>
    </message>
    <message>
        <source>A valid API token is required (Authorization: Bearer TOKEN)</source>
        <translation>En giltig API-token krävs (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>Phone number revealed in the console</source>
        <translation>Telefonnumret visades i konsolen</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Lagringens lösenfras ändrad</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Lagringsnyckel skapad</translation>
    </message>
    <message>
        <source>Console locked with File → Lock Now</source>
        <translation>Konsolen låstes med Arkiv → Lås nu</translation>
    </message>
    <message>
        <source>Console unlock refused: the passphrase did not unlock the key</source>
        <translation>Upplåsning av konsolen avvisades: lösenfrasen låste inte upp nyckeln</translation>
    </message>
    <message>
        <source>Code sent to %1 (message id %2)</source>
        <translation>Kod skickad till %1 (meddelande-id %2)</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>Kod skickad till %1</translation>
    </message>
    <message>
        <source>Registered with phone %1</source>
        <translation>Registrerad med telefonnummer %1</translation>
    </message>
    <message>
        <source>Phone changed to %1</source>
        <translation>Telefonnumret ändrat till %1</translation>
    </message>
    <message>
        <source>Sending resumed: spam protection was turned off</source>
        <translation>Sändningen återupptagen: skyddet mot SMS-bedrägeri stängdes av</translation>
    </message>
    <message numerus="yes">
        <source>Sending resumed: the suspension of %n second(s) has passed</source>
        <translation>
            <numerusform>Sändningen återupptagen: pausen på %n sekund har löpt ut</numerusform>
            <numerusform>Sändningen återupptagen: pausen på %n sekunder har löpt ut</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending resumed: %1% of the messages in the window led to a sign-in</source>
        <translation>Sändningen återupptagen: %1 % av meddelandena i fönstret ledde till en inloggning</translation>
    </message>
    <message>
        <source>The SMS to %1 could not be sent: %2 (%3 %4)</source>
        <translation>SMS:et till %1 kunde inte skickas: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the test SMS to %2 went through the second gateway</source>
        <translation>Den första gatewayen misslyckades (%1); test-SMS:et till %2 gick via den andra gatewayen</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the SMS to %2 went through the second gateway</source>
        <translation>Den första gatewayen misslyckades (%1); SMS:et till %2 skickades via den andra gatewayen</translation>
    </message>
    <message>
        <source>Address %1 is not allowed</source>
        <translation>Adressen %1 är inte tillåten</translation>
    </message>
    <message>
        <source>Use of the authenticator denied by an administrator</source>
        <translation>Användning av autentiseraren nekad av en administratör</translation>
    </message>
    <message>
        <source>Use of this authenticator is denied</source>
        <translation>Användning av den här autentiseraren är nekad</translation>
    </message>
    <message>
        <source>The access rights do not allow users to do this themselves</source>
        <translation>Åtkomsträttigheterna tillåter inte att användare gör detta själva</translation>
    </message>
    <message>
        <source>The phone number was refused: %1</source>
        <translation>Telefonnumret avvisades: %1</translation>
    </message>
    <message>
        <source>Client address refused: %1</source>
        <translation>Klientadressen avvisades: %1</translation>
    </message>
    <message>
        <source>A code could not be checked because the store failed (%1); the code was withdrawn and the attempt counted as a failure</source>
        <translation>En kod kunde inte kontrolleras eftersom lagringen fick ett fel (%1); koden drogs tillbaka och försöket räknades som misslyckat</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; has expired</source>
        <translation>API-token &apos;%1&apos; har gått ut</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; is disabled</source>
        <translation>API-token &apos;%1&apos; är inaktiverad</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; lacks the scope %2</source>
        <translation>API-token &apos;%1&apos; saknar behörigheten %2</translation>
    </message>
    <message>
        <source>%1 registered and %2 updated from the directory</source>
        <translation>%1 registrerade och %2 uppdaterade från katalogen</translation>
    </message>
    <message>
        <source>%1; the store&apos;s own number is used instead</source>
        <translation>%1; lagringens eget nummer används i stället</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1 version %2: %3</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>inga ändringar</translation>
    </message>
    <message>
        <source>Settings section %1 is damaged: %2; the engine sends and accepts no codes</source>
        <translation>Inställningsavsnittet %1 är skadat: %2; motorn skickar och godtar inga koder</translation>
    </message>
    <message>
        <source>Started on %1 listening on %2 (version %3)</source>
        <translation>Startad på %1, lyssnar på %2 (version %3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s)</source>
        <translation>
            <numerusform>Stoppad efter %n förfrågan</numerusform>
            <numerusform>Stoppad efter %n förfrågningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>Konsolen låstes efter %n minut utan aktivitet</numerusform>
            <numerusform>Konsolen låstes efter %n minuter utan aktivitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Console unlocked from this computer&apos;s keychain</source>
        <translation>Konsolen låstes upp från den här datorns nyckelring</translation>
    </message>
    <message>
        <source>Console unlocked with the store&apos;s passphrase</source>
        <translation>Konsolen låstes upp med lagringens lösenfras</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Felaktig kod</translation>
    </message>
    <message>
        <source>No code was requested</source>
        <translation>Ingen kod har begärts</translation>
    </message>
    <message>
        <source>The code has expired</source>
        <translation>Koden har gått ut</translation>
    </message>
    <message>
        <source>%1 (failure %2 of %3)</source>
        <translation>%1 (misslyckande %2 av %3)</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) until a help-desk unblock</source>
        <translation>
            <numerusform>Spärrad efter %n felaktig kod tills helpdesk häver spärren</numerusform>
            <numerusform>Spärrad efter %n felaktiga koder tills helpdesk häver spärren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) until %1</source>
        <translation>
            <numerusform>Spärrad efter %n felaktig kod till %1</numerusform>
            <numerusform>Spärrad efter %n felaktiga koder till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblocked automatically: the block time has passed</source>
        <translation>Spärren hävdes automatiskt: spärrtiden har gått ut</translation>
    </message>
    <message numerus="yes">
        <source>Every blocked authenticator unblocked by the help desk (%n)</source>
        <translation>
            <numerusform>Spärren hävd av helpdesk för alla spärrade autentiserare (%n)</numerusform>
            <numerusform>Spärren hävd av helpdesk för alla spärrade autentiserare (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblocked by the help desk</source>
        <translation>Spärren hävd av helpdesk</translation>
    </message>
    <message>
        <source>Use of the authenticator allowed again</source>
        <translation>Användning av autentiseraren tillåten igen</translation>
    </message>
    <message>
        <source>%1 (from the directory)</source>
        <translation>%1 (från katalogen)</translation>
    </message>
    <message>
        <source>%1 (CSV import)</source>
        <translation>%1 (CSV-import)</translation>
    </message>
    <message>
        <source>%1 (directory import)</source>
        <translation>%1 (katalogimport)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the window</source>
        <translation>
            <numerusform>%n meddelande i fönstret</numerusform>
            <numerusform>%n meddelanden i fönstret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successful sign-in(s)</source>
        <translation>
            <numerusform>%n lyckad inloggning</numerusform>
            <numerusform>%n lyckade inloggningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Potential spam attack detected. Sending suspended. %1, %2 (%3%, minimum %4%); suspended for %n second(s).</source>
        <translation>
            <numerusform>Möjligt SMS-bedrägeri upptäckt. Sändningen har pausats. %1, %2 (%3 %, minst %4 %); pausad i %n sekund.</numerusform>
            <numerusform>Möjligt SMS-bedrägeri upptäckt. Sändningen har pausats. %1, %2 (%3 %, minst %4 %); pausad i %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>gatewayen</translation>
    </message>
    <message>
        <source>Validate-only test SMS to %1 through %2: %3</source>
        <translation>Test-SMS med endast validering till %1 via %2: %3</translation>
    </message>
    <message>
        <source>Test SMS to %1 through %2: %3</source>
        <translation>Test-SMS till %1 via %2: %3</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>; the first gateway failed: %1</source>
        <translation>; den första gatewayen misslyckades: %1</translation>
    </message>
    <message>
        <source>API token %1 enabled</source>
        <translation>API-token %1 aktiverad</translation>
    </message>
    <message>
        <source>API token %1 disabled</source>
        <translation>API-token %1 inaktiverad</translation>
    </message>
    <message>
        <source>scopes %1</source>
        <translation>behörigheter %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>går aldrig ut</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>går ut %1</translation>
    </message>
    <message>
        <source>exempt from the IP allow-list</source>
        <translation>undantagen från listan över tillåtna IP-adresser</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>API token %1 created: %2</source>
        <translation>API-token %1 skapad: %2</translation>
    </message>
    <message>
        <source>API token %1 deleted (%2)</source>
        <translation>API-token %1 borttagen (%2)</translation>
    </message>
    <message>
        <source>Store key unlock refused: the passphrase did not unlock the key</source>
        <translation>Upplåsning av lagringsnyckeln avvisades: lösenfrasen låste inte upp nyckeln</translation>
    </message>
    <message numerus="yes">
        <source>Store connection lost at %1, restored after %n second(s): %2</source>
        <translation>
            <numerusform>Anslutningen till lagringen bröts %1, återställd efter %n sekund: %2</numerusform>
            <numerusform>Anslutningen till lagringen bröts %1, återställd efter %n sekunder: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passphrase(s) in a row</source>
        <translation>
            <numerusform>%n felaktig lösenfras i rad</numerusform>
            <numerusform>%n felaktiga lösenfraser i rad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console unlock paused for %n second(s) after %1</source>
        <translation>
            <numerusform>Upplåsning av konsolen pausad i %n sekund efter %1</numerusform>
            <numerusform>Upplåsning av konsolen pausad i %n sekunder efter %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store key unlock paused for %n second(s) after %1</source>
        <translation>
            <numerusform>Upplåsning av lagringsnyckeln pausad i %n sekund efter %1</numerusform>
            <numerusform>Upplåsning av lagringsnyckeln pausad i %n sekunder efter %1</numerusform>
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
                                   händelseloggen, nyaste först
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]</source>
        <translation>Användning: smsotp-cli events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for events list.</source>
        <translation>Okänt alternativ &apos;%1&apos; för events list.</translation>
    </message>
    <message>
        <source>%1 needs a valid value (got &apos;%2&apos;).</source>
        <translation>%1 kräver ett giltigt värde (fick &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Ingen lagring är öppen</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportera händelser</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva till %1: %2</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>Exporterar händelser…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show only events with this code.</source>
        <translation>Visa endast händelser med den här koden.</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Händelsekod</translation>
    </message>
    <message>
        <source>Account (exact login, Ctrl+F)</source>
        <translation>Konto (exakt inloggningsnamn, Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only the events of this account.</source>
        <translation>Visa endast händelser för det här kontot.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Show only events at or after this time.</source>
        <translation>Visa endast händelser vid eller efter den här tidpunkten.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Show only events before this time.</source>
        <translation>Visa endast händelser före den här tidpunkten.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>Save every event the filters match to a CSV file.</source>
        <translation>Spara alla händelser som matchar filtren i en CSV-fil.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the event log again (F5).</source>
        <translation>Läs in händelseloggen igen (F5).</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation>
            <numerusform>cirka %Ln händelse</numerusform>
            <numerusform>cirka %Ln händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s estimate. The exact number is being counted and replaces it.</source>
        <translation>Databasens uppskattning. Det exakta antalet räknas och ersätter den.</translation>
    </message>
</context>
<context>
    <name>FailoverGateway</name>
    <message>
        <source>%1, then %2</source>
        <translation>%1, sedan %2</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>måste vara mellan %1 och %2</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters long</source>
        <translation>
            <numerusform>får vara högst %n tecken lång</numerusform>
            <numerusform>får vara högst %n tecken lång</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>may have at most %n entries</source>
        <translation>
            <numerusform>får ha högst %n post</numerusform>
            <numerusform>får ha högst %n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>holds an invalid character (a lone UTF-16 surrogate) at position %1</source>
        <translation>innehåller ett ogiltigt tecken (ett ensamt UTF-16-surrogat) på position %1</translation>
    </message>
    <message>
        <source>holds a control character (U+%1) at position %2; control characters such as line breaks, tabs and escape sequences are not allowed</source>
        <translation>innehåller ett styrtecken (U+%1) på position %2; styrtecken som radbrytningar, tabbar och escapesekvenser är inte tillåtna</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n characters.</source>
        <translation>
            <numerusform>%1 är längre än %n tecken.</numerusform>
            <numerusform>%1 är längre än %n tecken.</numerusform>
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
        <translation>Okänd gatewaytyp.</translation>
    </message>
    <message>
        <source>The second gateway cannot be used: %1</source>
        <translation>Den andra gatewayen kan inte användas: %1</translation>
    </message>
    <message>
        <source>The gateway&apos;s password or token is stored encrypted: unlock the store key (its passphrase) to send.</source>
        <translation>Gatewayens lösenord eller token lagras krypterat: lås upp lagringsnyckeln (med dess lösenfras) för att skicka.</translation>
    </message>
</context>
<context>
    <name>GatewaySettings</name>
    <message>
        <source>each entry must be {&quot;name&quot;: text, &quot;value&quot;: text}</source>
        <translation>varje post måste vara {&quot;name&quot;: text, &quot;value&quot;: text}</translation>
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
        <translation>Generisk HTTP</translation>
    </message>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Utvecklingsfil (endast för test)</translation>
    </message>
    <message>
        <source>a second gateway cannot have a second gateway of its own</source>
        <translation>en andra gateway kan inte ha en egen andra gateway</translation>
    </message>
    <message>
        <source>must be a gateway&apos;s settings object or null</source>
        <translation>måste vara ett inställningsobjekt för en gateway eller null</translation>
    </message>
    <message>
        <source>must not be longer than the total timeout</source>
        <translation>får inte vara längre än den totala tidsgränsen</translation>
    </message>
    <message>
        <source>enter the gateway&apos;s address, for example https://sms.example.com</source>
        <translation>ange gatewayens adress, till exempel https://sms.example.com</translation>
    </message>
    <message>
        <source>must be an https:// address (plain http:// only to this computer, for tests)</source>
        <translation>måste vara en https://-adress (vanlig http:// endast till den här datorn, för test)</translation>
    </message>
    <message>
        <source>this gateway needs a login</source>
        <translation>den här gatewayen kräver ett inloggningsnamn</translation>
    </message>
    <message>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>måste vara ett SHA-1-tumavtryck: 40 hexadecimala siffror</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>är inte ett giltigt reguljärt uttryck: %1</translation>
    </message>
    <message>
        <source>every header needs a name without &apos;:&apos;</source>
        <translation>varje rubrik behöver ett namn utan &apos;:&apos;</translation>
    </message>
    <message>
        <source>every parameter needs a name</source>
        <translation>varje parameter behöver ett namn</translation>
    </message>
</context>
<context>
    <name>GatewaySettingsPage</name>
    <message>
        <source>the store key is locked: unlock it with the store&apos;s passphrase before changing a secret</source>
        <translation>lagringsnyckeln är låst: lås upp den med lagringens lösenfras innan du ändrar en hemlighet</translation>
    </message>
    <message>
        <source>Type a new value to replace the stored one</source>
        <translation>Skriv ett nytt värde för att ersätta det lagrade</translation>
    </message>
    <message>
        <source>Outbox File</source>
        <translation>Utkorgsfil</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON-rader (*.jsonl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The SMS gateway that delivers the codes, and how the provider reaches it. Passwords and tokens are stored encrypted with the store key and are never shown again.</source>
        <translation>SMS-gatewayen som levererar koderna och hur providern når den. Lösenord och token lagras krypterade med lagringsnyckeln och visas aldrig igen.</translation>
    </message>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Utvecklingsfil (endast för test)</translation>
    </message>
    <message>
        <source>Gateway &amp;type:</source>
        <translation>Gateway&amp;typ:</translation>
    </message>
    <message>
        <source>The provider&apos;s protocol. SMS Proxy, OneGate, MFMSolutions and Megafon as in Indeed AM; SMSAPI and Generic HTTP beyond.</source>
        <translation>Providerns protokoll. SMS Proxy, OneGate, MFMSolutions och Megafon som i Indeed AM; därutöver SMSAPI och Generisk HTTP.</translation>
    </message>
    <message>
        <source>Messages are appended to a file instead of being sent. Use it only to try the configuration: no SMS reaches a phone.</source>
        <translation>Meddelandena läggs till i en fil i stället för att skickas. Använd den bara för att prova konfigurationen: inget SMS når någon telefon.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adress:</translation>
    </message>
    <message>
        <source>The gateway&apos;s base address, for example https://sms.example.com. Only https:// is accepted, except http:// to this computer for tests.</source>
        <translation>Gatewayens basadress, till exempel https://sms.example.com. Endast https:// godkänns, utom http:// till den här datorn för test.</translation>
    </message>
    <message>
        <source>Outbox &amp;file:</source>
        <translation>Utkorgs&amp;fil:</translation>
    </message>
    <message>
        <source>Where the development gateway writes each message, one JSON object a line. Empty: a file beside the local store.</source>
        <translation>Där utvecklingsgatewayen skriver varje meddelande, ett JSON-objekt per rad. Tomt: en fil bredvid den lokala lagringen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the outbox file.</source>
        <translation>Välj utkorgsfilen.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <source>The account name the gateway gave you.</source>
        <translation>Kontonamnet som du fick från gatewayen.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>The account&apos;s password. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Kontots lösenord. Lagras krypterat; lämna tomt för att behålla det lagrade.</translation>
    </message>
    <message>
        <source>OAuth2 to&amp;ken:</source>
        <translation>OAuth2-to&amp;ken:</translation>
    </message>
    <message>
        <source>The bearer token from the gateway&apos;s customer portal. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Bearer-token från gatewayens kundportal. Lagras krypterad; lämna tomt för att behålla den lagrade.</translation>
    </message>
    <message>
        <source>&amp;Connection timeout:</source>
        <translation>Tidsgräns för a&amp;nslutning:</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection to the gateway (%1–%2, default 5).</source>
        <translation>Sekunder att vänta på anslutningen till gatewayen (%1–%2, standard 5).</translation>
    </message>
    <message>
        <source>&amp;Total timeout:</source>
        <translation>Total tids&amp;gräns:</translation>
    </message>
    <message>
        <source>Seconds to wait for the gateway&apos;s answer in all (%1–%2, default 15).</source>
        <translation>Sekunder att vänta på gatewayens svar totalt (%1–%2, standard 15).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The store key is locked, so passwords and tokens cannot be changed now. Unlock it with the store&apos;s passphrase first; the other fields can be saved meanwhile.</source>
        <translation>Lagringsnyckeln är låst, så lösenord och token kan inte ändras nu. Lås först upp den med lagringens lösenfras; övriga fält kan sparas under tiden.</translation>
    </message>
    <message>
        <source>Certificate &amp;passphrase:</source>
        <translation>Lösenfras för &amp;certifikatet:</translation>
    </message>
    <message>
        <source>Only when the client certificate&apos;s key or PKCS#12 file is encrypted. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Endast när klientcertifikatets nyckel eller PKCS#12-fil är krypterad. Lagras krypterad; lämna tomt för att behålla den lagrade.</translation>
    </message>
    <message>
        <source>%1 — %2, valid until %3</source>
        <translation>%1 — %2, giltigt till %3</translation>
    </message>
    <message>
        <source>No certificate with its private key in %1. Put the client certificate there as PEM (with NAME.key beside it) or PKCS#12.</source>
        <translation>Inget certifikat med privat nyckel i %1. Lägg klientcertifikatet där som PEM (med NAME.key bredvid) eller PKCS#12.</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Klientcertifikat</translation>
    </message>
    <message>
        <source>Certificates in %1:</source>
        <translation>Certifikat i %1:</translation>
    </message>
    <message>
        <source>This gateway has no connection check.</source>
        <translation>Den här gatewayen har ingen anslutningskontroll.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <source>C&amp;lient certificate thumbprint:</source>
        <translation>Klientcertifikatets tumavtr&amp;yck:</translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint of the certificate this console presents, 40 hexadecimal digits (spaces and case do not matter). Choose… lists the certificates in the certificate folder.</source>
        <translation>SHA-1-tumavtrycket för certifikatet som den här konsolen uppvisar, 40 hexadecimala siffror (mellanslag och versaler/gemener spelar ingen roll). Välj… listar certifikaten i certifikatmappen.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Ser&amp;ver certificate thumbprint:</source>
        <translation>Serverc&amp;ertifikatets tumavtryck:</translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint of the SMS Proxy server&apos;s certificate. Only that certificate is accepted, whatever its issuer; any other ends the connection before anything is sent.</source>
        <translation>SHA-1-tumavtrycket för SMS Proxy-serverns certifikat. Endast det certifikatet godkänns, oavsett utfärdare; alla andra avbryter anslutningen innan något skickas.</translation>
    </message>
    <message>
        <source>Certificate &amp;folder:</source>
        <translation>Certifikat&amp;mapp:</translation>
    </message>
    <message>
        <source>The folder of PEM and PKCS#12 files the client certificate is taken from. Empty: %1.</source>
        <translation>Mappen med PEM- och PKCS#12-filer som klientcertifikatet hämtas från. Tomt: %1.</translation>
    </message>
    <message>
        <source>HTTP &amp;method:</source>
        <translation>HTTP-meto&amp;d:</translation>
    </message>
    <message>
        <source>GET puts the parameters in the address; POST sends them as the body.</source>
        <translation>GET lägger parametrarna i adressen; POST skickar dem som brödtext.</translation>
    </message>
    <message>
        <source>&amp;Body format:</source>
        <translation>F&amp;ormat för brödtexten:</translation>
    </message>
    <message>
        <source>How POST sends the parameters.</source>
        <translation>Hur POST skickar parametrarna.</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Formulär (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-objekt</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>Autentise&amp;ring:</translation>
    </message>
    <message>
        <source>None, HTTP Basic with the login and password, or a bearer token.</source>
        <translation>Ingen, HTTP Basic med inloggningsnamn och lösenord, eller en bearer-token.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Basic (login and password)</source>
        <translation>Basic (inloggningsnamn och lösenord)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>Pa&amp;rameters:</source>
        <translation>&amp;Parametrar:</translation>
    </message>
    <message>
        <source>One name=value a line. Values may hold {phone} (+E.164), {phoneDigits} (without +), {sender} and {message}; the address may hold them too.</source>
        <translation>Ett namn=värde per rad. Värdena får innehålla {phone} (+E.164), {phoneDigits} (utan +), {sender} och {message}; adressen får också innehålla dem.</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;HTTP-rubriker:</translation>
    </message>
    <message>
        <source>Extra request headers, one Name: value a line.</source>
        <translation>Extra rubriker i begäran, en Namn: värde per rad.</translation>
    </message>
    <message>
        <source>Success te&amp;xt:</source>
        <translation>Lyckad-te&amp;xt:</translation>
    </message>
    <message>
        <source>A 2xx answer counts as sent only when its body contains this text (empty: any 2xx answer).</source>
        <translation>Ett 2xx-svar räknas som skickat endast när brödtexten innehåller den här texten (tomt: alla 2xx-svar).</translation>
    </message>
    <message>
        <source>Success &amp;pattern:</source>
        <translation>Lyckad-m&amp;önster:</translation>
    </message>
    <message>
        <source>A regular expression the body must match; a group named id, (?&lt;id&gt;...), becomes the message id.</source>
        <translation>Ett reguljärt uttryck som brödtexten måste matcha; en grupp med namnet id, (?&lt;id&gt;...), blir meddelande-id.</translation>
    </message>
    <message>
        <source>Fail&amp;ure text:</source>
        <translation>&amp;Feltext:</translation>
    </message>
    <message>
        <source>An answer whose body contains this text counts as failed, whatever its status.</source>
        <translation>Ett svar vars brödtext innehåller den här texten räknas som misslyckat, oavsett status.</translation>
    </message>
    <message>
        <source>Check &amp;Connection</source>
        <translation>Kontrollera ansl&amp;utningen</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Skicka test-&amp;SMS…</translation>
    </message>
    <message>
        <source>Sends a real SMS with this page&apos;s settings, saved or not.</source>
        <translation>Skickar ett riktigt SMS med inställningarna på den här sidan, oavsett om de är sparade eller inte.</translation>
    </message>
    <message>
        <source>Failover gateway: %1</source>
        <translation>Reservgateway: %1</translation>
    </message>
    <message>
        <source>Failover type:</source>
        <translation>Reservgatewayns typ:</translation>
    </message>
    <message>
        <source>The failover gateway&apos;s protocol. Its fields work like the first gateway&apos;s.</source>
        <translation>Reservgatewayns protokoll. Dess fält fungerar som den första gatewayns.</translation>
    </message>
    <message>
        <source>First gateway: %1</source>
        <translation>Första gatewayn: %1</translation>
    </message>
    <message>
        <source>Use a fail&amp;over gateway</source>
        <translation>Använd en reservgate&amp;way</translation>
    </message>
    <message>
        <source>A second gateway, tried when the first one cannot be reached, times out or is busy. Its password or token is stored encrypted like the first one&apos;s.</source>
        <translation>En andra gateway som används när den första inte kan nås, inte svarar i tid eller är upptagen. Dess lösenord eller token lagras krypterat precis som den förstas.</translation>
    </message>
    <message>
        <source>Tried only when the first gateway fails with a connection, TLS or timeout error or asks to try again later. A refused login, number or sender is not retried there.</source>
        <translation>Används bara när den första gatewayn misslyckas med ett anslutnings-, TLS- eller tidsgränsfel eller ber om ett nytt försök senare. En nekad inloggning, ett nekat nummer eller en nekad avsändare provas inte där.</translation>
    </message>
    <message>
        <source>Connects to the gateway, and to the failover gateway when one is used (with TLS and, for SMS Proxy, both certificates), without sending an SMS.</source>
        <translation>Ansluter till gatewayn, och till reservgatewayn när en används (med TLS och, för SMS Proxy, båda certifikaten), utan att skicka något SMS.</translation>
    </message>
</context>
<context>
    <name>GenericHttpGateway</name>
    <message>
        <source>The URL template does not give a valid address: %1</source>
        <translation>URL-mallen ger ingen giltig adress: %1</translation>
    </message>
    <message>
        <source>The gateway answered with the failure text.</source>
        <translation>Gatewayen svarade med feltexten.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not contain the success text.</source>
        <translation>Gatewayens svar innehåller inte lyckad-texten.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not match the success pattern.</source>
        <translation>Gatewayens svar matchar inte lyckad-mönstret.</translation>
    </message>
</context>
<context>
    <name>HelpDeskPage</name>
    <message>
        <source>Help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Help desk: authenticators</source>
        <translation>Helpdesk: autentiserare</translation>
    </message>
    <message>
        <source>Search by login, or type a phone number (Ctrl+F)</source>
        <translation>Sök på inloggningsnamn eller skriv ett telefonnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Inloggningsnamnet börjar med</translation>
    </message>
    <message>
        <source>Login contains</source>
        <translation>Inloggningsnamnet innehåller</translation>
    </message>
    <message>
        <source>&quot;Starts with&quot; uses an index and is instant on a million users; &quot;contains&quot; reads every login.</source>
        <translation>&quot;Börjar med&quot; använder ett index och går direkt även med en miljon användare; &quot;innehåller&quot; läser varje inloggningsnamn.</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Sökläge</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Use denied</source>
        <translation>Användning nekad</translation>
    </message>
    <message>
        <source>With failed attempts</source>
        <translation>Med misslyckade försök</translation>
    </message>
    <message>
        <source>Show only authenticators in this state.</source>
        <translation>Visa endast autentiserare med den här statusen.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Autentiserare</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registrera…</translation>
    </message>
    <message>
        <source>Register a new SMS authenticator for a user (Ctrl+N).</source>
        <translation>Registrera en ny SMS-autentiserare för en användare (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>Register many users from a CSV file of login, phone and comment.</source>
        <translation>Registrera många användare från en CSV-fil med inloggningsnamn, telefon och kommentar.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Häv spärren</translation>
    </message>
    <message>
        <source>Unblock the selected authenticators (Ctrl+U).</source>
        <translation>Häv spärren för de markerade autentiserarna (Ctrl+U).</translation>
    </message>
    <message>
        <source>Unblock &amp;All…</source>
        <translation>Häv spärren för a&amp;lla…</translation>
    </message>
    <message>
        <source>Reset &amp;Counter</source>
        <translation>&amp;Nollställ räknaren</translation>
    </message>
    <message>
        <source>Set the failed attempts of the selected authenticator back to zero.</source>
        <translation>Nollställ antalet misslyckade försök för den markerade autentiseraren.</translation>
    </message>
    <message>
        <source>Edit &amp;Phone…</source>
        <translation>Ändra &amp;telefonnummer…</translation>
    </message>
    <message>
        <source>Change the phone number; it is normalised by the Phone format rules.</source>
        <translation>Ändra telefonnumret; det normaliseras enligt reglerna under Telefonnummerformat.</translation>
    </message>
    <message>
        <source>Edit C&amp;omment…</source>
        <translation>Ändra &amp;kommentar…</translation>
    </message>
    <message>
        <source>Change the comment of the selected authenticator.</source>
        <translation>Ändra kommentaren för den markerade autentiseraren.</translation>
    </message>
    <message>
        <source>Re&amp;veal Phone</source>
        <translation>&amp;Visa telefonnummer</translation>
    </message>
    <message>
        <source>Show the whole phone number. This is recorded in the event log.</source>
        <translation>Visa hela telefonnumret. Detta registreras i händelseloggen.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Delete the selected authenticators (Del).</source>
        <translation>Ta bort de markerade autentiserarna (Del).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the authenticators again (F5).</source>
        <translation>Läs in autentiserarna igen (F5).</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Ingen lagring är öppen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln authenticator(s)</source>
        <translation>
            <numerusform>%Ln autentiserare</numerusform>
            <numerusform>%Ln autentiserare</numerusform>
        </translation>
    </message>
    <message>
        <source>(phone number matched exactly)</source>
        <translation>(telefonnumret matchades exakt)</translation>
    </message>
    <message>
        <source>Unlock the store key first (File → Unlock Store Key…): phone numbers are encrypted.</source>
        <translation>Lås upp lagringsnyckeln först (Arkiv → Lås upp lagringsnyckeln…): telefonnummer är krypterade.</translation>
    </message>
    <message>
        <source>Unblock every blocked authenticator in the store, after showing how many.</source>
        <translation>Häv spärren för alla spärrade autentiserare i lagringen, efter att ha visat hur många de är.</translation>
    </message>
    <message>
        <source>Unblock Authenticators</source>
        <translation>Häv spärren för autentiserare</translation>
    </message>
    <message numerus="yes">
        <source>Unblock the %n selected authenticator(s)? Those that are not blocked stay as they are.</source>
        <translation>
            <numerusform>Vill du häva spärren för %n markerad autentiserare? Om den inte är spärrad förblir den oförändrad.</numerusform>
            <numerusform>Vill du häva spärren för de %n markerade autentiserarna? De som inte är spärrade förblir oförändrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock All</source>
        <translation>Häv spärren för alla</translation>
    </message>
    <message>
        <source>No authenticator is blocked.</source>
        <translation>Ingen autentiserare är spärrad.</translation>
    </message>
    <message numerus="yes">
        <source>Unblock all %Ln blocked authenticator(s) in this store? Their failure counters are reset too.</source>
        <translation>
            <numerusform>Vill du häva spärren för %Ln spärrad autentiserare i den här lagringen? Dess felräknare nollställs också.</numerusform>
            <numerusform>Vill du häva spärren för alla %Ln spärrade autentiserare i den här lagringen? Deras felräknare nollställs också.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failure counter reset.</source>
        <translation>%1: felräknaren nollställd.</translation>
    </message>
    <message>
        <source>Edit Phone of %1</source>
        <translation>Ändra telefonnummer för %1</translation>
    </message>
    <message>
        <source>New phone number (it is normalised by the Phone format rules; now %1):</source>
        <translation>Nytt telefonnummer (det normaliseras enligt reglerna under Telefonnummerformat; nu %1):</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Edit Comment of %1</source>
        <translation>Ändra kommentar för %1</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Delete the SMS authenticator of %1? The user cannot sign in with SMS until it is registered again.</source>
        <translation>Vill du ta bort SMS-autentiseraren för %1? Användaren kan inte logga in med SMS förrän den registreras igen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected SMS authenticator(s)? These users cannot sign in with SMS until they are registered again.</source>
        <translation>
            <numerusform>Vill du ta bort %n markerad SMS-autentiserare? Användaren kan inte logga in med SMS förrän den registreras igen.</numerusform>
            <numerusform>Vill du ta bort de %n markerade SMS-autentiserarna? Dessa användare kan inte logga in med SMS förrän de registreras igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Authenticators</source>
        <translation>Ta bort autentiserare</translation>
    </message>
    <message numerus="yes">
        <source>%n authenticator(s) deleted.</source>
        <translation>
            <numerusform>%n autentiserare borttagen.</numerusform>
            <numerusform>%n autentiserare borttagna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store was closed.</source>
        <translation>Lagringen stängdes.</translation>
    </message>
    <message>
        <source>phone number revealed in the console</source>
        <translation>telefonnumret visades i konsolen</translation>
    </message>
    <message>
        <source>%1: phone number revealed (recorded in the event log).</source>
        <translation>%1: telefonnumret visat (registrerat i händelseloggen).</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>Telefonnummer för %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n användare importerad.</numerusform>
            <numerusform>%n användare importerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no key yet, and phone numbers are stored encrypted: create the key first (File → Create Store Key…).</source>
        <translation>Lagringen har ännu ingen nyckel, och telefonnummer lagras krypterade: skapa nyckeln först (Arkiv → Skapa lagringsnyckel…).</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln authenticator(s)</source>
        <translation>
            <numerusform>cirka %Ln autentiserare</numerusform>
            <numerusform>cirka %Ln autentiserare</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s estimate. The exact number is being counted and replaces it.</source>
        <translation>Databasens uppskattning. Det exakta antalet räknas och ersätter den.</translation>
    </message>
    <message>
        <source>Your store login (%1) may only read: the help desk&apos;s changes need the help desk or administrator role. Ask the store&apos;s administrator (smsotp-cli store grant).</source>
        <translation>Din lagringsinloggning (%1) får bara läsa: helpdeskens ändringar kräver rollen helpdesk eller administratör. Be lagringens administratör om en roll (smsotp-cli store grant).</translation>
    </message>
    <message>
        <source>Matches logins; a whole phone number is matched exactly (needs the store key). At most %1 characters.</source>
        <translation>Matchar inloggningsnamn; ett helt telefonnummer matchas exakt (kräver lagringsnyckeln). Högst %1 tecken.</translation>
    </message>
    <message>
        <source>Import from &amp;Directory…</source>
        <translation>Importera från katal&amp;og…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Every help-desk action, including the less frequent ones.</source>
        <translation>Alla helpdeskåtgärder, även de mindre vanliga.</translation>
    </message>
    <message>
        <source>Register the directory&apos;s users with the numbers the directory holds (Settings → Directory).</source>
        <translation>Registrera katalogens användare med numren som finns i katalogen (Inställningar → Katalog).</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Importera användare</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported or updated from the directory.</source>
        <translation>
            <numerusform>%n användare importerades eller uppdaterades från katalogen.</numerusform>
            <numerusform>%n användare importerades eller uppdaterades från katalogen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Cannot Read History</source>
        <translation>Det går inte att läsa historiken</translation>
    </message>
    <message>
        <source>Version %1, saved by %2.</source>
        <translation>Version %1, sparad av %2.</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Ändringar:</translation>
    </message>
    <message>
        <source>Values of this version:</source>
        <translation>Värden i den här versionen:</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Återställ version</translation>
    </message>
    <message>
        <source>Save version %1 of &quot;%2&quot; again as its newest version? Unsaved input on that page is replaced.</source>
        <translation>Vill du spara version %1 av ”%2” igen som den senaste versionen? Osparade värden på den sidan ersätts.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Det går inte att återställa</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historik för %1</translation>
    </message>
    <message>
        <source>Every save of &quot;%1&quot;, newest first. Choose a version to see its values; Restore saves it again as a new version.</source>
        <translation>Alla sparade versioner av ”%1”, nyaste först. Välj en version för att se dess värden; Återställ sparar den igen som en ny version.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Sparade versioner</translation>
    </message>
    <message>
        <source>Details of the chosen version</source>
        <translation>Detaljer för vald version</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Återställ den här versionen</translation>
    </message>
    <message>
        <source>Save the chosen version again; the versions after it stay in the history.</source>
        <translation>Spara den valda versionen igen; versionerna efter den finns kvar i historiken.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>HttpGatewayBase</name>
    <message>
        <source>The gateway refused the login, password or token (HTTP %1).</source>
        <translation>Gatewayen avvisade inloggningsnamnet, lösenordet eller token (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway is busy (HTTP %1); try again later.</source>
        <translation>Gatewayen är upptagen (HTTP %1); försök igen senare.</translation>
    </message>
    <message>
        <source>The gateway&apos;s server failed (HTTP %1).</source>
        <translation>Gatewayens server fick ett fel (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway redirected the request (HTTP %1); check the address.</source>
        <translation>Gatewayen omdirigerade förfrågan (HTTP %1); kontrollera adressen.</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>Gatewayen avvisade förfrågan (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 refused the message: %2 (HTTP %3).</source>
        <translation>%1 avvisade meddelandet: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Cancelled. The gateway may already have accepted the message.</source>
        <translation>Avbrutet. Gatewayen kan redan ha tagit emot meddelandet.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 within %n second(s).</source>
        <translation>
            <numerusform>Ingen anslutning till %1 inom %n sekund.</numerusform>
            <numerusform>Ingen anslutning till %1 inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s); the message may or may not have been accepted.</source>
        <translation>
            <numerusform>Inget svar från %1 inom %n sekund; meddelandet kan ha tagits emot eller inte.</numerusform>
            <numerusform>Inget svar från %1 inom %n sekunder; meddelandet kan ha tagits emot eller inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (the server must offer TLS 1.2 or newer and accept this client): %2</source>
        <translation>Den säkra anslutningen till %1 misslyckades (servern måste erbjuda TLS 1.2 eller senare och godkänna den här klienten): %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Certifikatet för %1 är inte betrott: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Det går inte att nå %1: %2</translation>
    </message>
    <message>
        <source>The gateway answered (HTTP %1): the address and the secure connection work. Send a test SMS to check the credentials and the sender.</source>
        <translation>Gatewayen svarade (HTTP %1): adressen och den säkra anslutningen fungerar. Skicka ett test-SMS för att kontrollera inloggningsuppgifterna och avsändaren.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Adressen är inte en giltig URL.</translation>
    </message>
</context>
<context>
    <name>HttpsServer</name>
    <message>
        <source>Cannot use the certificate %1: %2</source>
        <translation>Det går inte att använda certifikatet %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the private key %1: %2</source>
        <translation>Det går inte att använda den privata nyckeln %1: %2</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>Den privata nyckeln %1 hör inte till certifikatet %2.</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>Det går inte att konfigurera TLS: %1</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1).</source>
        <translation>Förfrågan avvisades (HTTP %1).</translation>
    </message>
    <message>
        <source>No such endpoint: %1 %2</source>
        <translation>Ingen sådan slutpunkt: %1 %2</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Brödtexten är större än %1 byte.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>Förfrågan är felformaterad.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Internt fel.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Det går inte att lyssna på %1 port %2: %3</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Det går inte att lyssna på %1 port %2.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting sparades.</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Importera inställningar</translation>
    </message>
    <message>
        <source>%1 holds the settings stored now: importing it changes nothing.</source>
        <translation>%1 innehåller de inställningar som är lagrade nu: importen ändrar ingenting.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 changes %n field(s) listed below. Nothing is written until you choose Apply; the sections are then saved together, or none of them.</source>
        <translation>
            <numerusform>Import av %1 ändrar %n fält som visas nedan. Ingenting skrivs förrän du väljer Verkställ; då sparas alla avsnitt tillsammans, eller inget av dem.</numerusform>
            <numerusform>Import av %1 ändrar %n fält som visas nedan. Ingenting skrivs förrän du väljer Verkställ; då sparas alla avsnitt tillsammans, eller inget av dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Efter import</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation>Ändringar som importen gör</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>Save the imported settings.</source>
        <translation>Spara de importerade inställningarna.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
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
        <translation>%1 finns redan i listan (rad %2).</translation>
    </message>
    <message>
        <source>An address (100.10.10.2) or a CIDR range (100.10.10.0/24)</source>
        <translation>En adress (100.10.10.2) eller ett CIDR-intervall (100.10.10.0/24)</translation>
    </message>
    <message>
        <source>A note for the administrators, for example the office&apos;s town</source>
        <translation>En anteckning för administratörerna, till exempel kontorets ort</translation>
    </message>
    <message>
        <source>Address or range</source>
        <translation>Adress eller intervall</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>IpAllowListSettings</name>
    <message>
        <source>enter an address or a range</source>
        <translation>ange en adress eller ett intervall</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or a CIDR range such as 192.0.2.0/24</source>
        <translation>&apos;%1&apos; är inte en IP-adress eller ett CIDR-intervall som 192.0.2.0/24</translation>
    </message>
    <message>
        <source>entry %1 must be {&quot;ip&quot;: text, &quot;comment&quot;: text}</source>
        <translation>post %1 måste vara {&quot;ip&quot;: text, &quot;comment&quot;: text}</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>an exempt account cannot be empty</source>
        <translation>ett undantaget konto får inte vara tomt</translation>
    </message>
    <message>
        <source>add at least one address before turning the allow-list on</source>
        <translation>lägg till minst en adress innan du aktiverar listan över tillåtna adresser</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a full IPv4 address: write all four numbers, such as 192.168.1.0 (short forms are not accepted)</source>
        <translation>&apos;%1&apos; är inte en fullständig IPv4-adress: skriv alla fyra talen, till exempel 192.168.1.0 (kortformer godtas inte)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number with a leading zero is ambiguous (it may be read as octal); write 10.0.0.1, not 010.0.0.1</source>
        <translation>&apos;%1&apos;: ett tal med inledande nolla är tvetydigt (det kan tolkas som oktalt); skriv 10.0.0.1, inte 010.0.0.1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: each number of an IPv4 address is 0 to 255</source>
        <translation>&apos;%1&apos;: varje tal i en IPv4-adress är 0 till 255</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a zone id (&apos;%&apos;) cannot be used in the allow-list</source>
        <translation>&apos;%1&apos;: ett zon-id (&apos;%&apos;) kan inte användas i listan över tillåtna adresser</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address such as 2001:db8::1</source>
        <translation>&apos;%1&apos; är inte en IPv6-adress som 2001:db8::1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the prefix length after &apos;/&apos; must be a number from 0 to %2</source>
        <translation>&apos;%1&apos;: prefixlängden efter &apos;/&apos; måste vara ett tal från 0 till %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (entry %2) is already in the list as &apos;%3&apos; (entry %4); remove the duplicate</source>
        <translation>&apos;%1&apos; (post %2) finns redan i listan som &apos;%3&apos; (post %4); ta bort dubbletten</translation>
    </message>
    <message>
        <source>the comment of %1 must be one line of at most %2 characters, without control characters</source>
        <translation>kommentaren till %1 måste vara en rad på högst %2 tecken, utan styrtecken</translation>
    </message>
    <message numerus="yes">
        <source>an exempt account may have at most %n characters</source>
        <translation>
            <numerusform>ett undantaget konto får ha högst %n tecken</numerusform>
            <numerusform>ett undantaget konto får ha högst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 trusted proxies</source>
        <translation>högst %1 betrodda proxyservrar</translation>
    </message>
</context>
<context>
    <name>IpAllowListSettingsPage</name>
    <message>
        <source>Import Allow-List</source>
        <translation>Importera tillåtna adresser</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export Allow-List</source>
        <translation>Exportera tillåtna adresser</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) removed.</source>
        <translation>
            <numerusform>%n post borttagen.</numerusform>
            <numerusform>%n poster borttagna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import Allow-List</source>
        <translation>Det går inte att importera tillåtna adresser</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON list such as [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}]. %2</source>
        <translation>%1 är inte en JSON-lista som [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}]. %2</translation>
    </message>
    <message>
        <source>Cannot Export Allow-List</source>
        <translation>Det går inte att exportera tillåtna adresser</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1.</source>
        <translation>
            <numerusform>%n post skriven till %1.</numerusform>
            <numerusform>%n poster skrivna till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) added.</source>
        <translation>
            <numerusform>%n post tillagd.</numerusform>
            <numerusform>%n poster tillagda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n avvisad:</numerusform>
            <numerusform>%n avvisade:</numerusform>
        </translation>
    </message>
    <message>
        <source>When on, codes are sent only to requests from the addresses below (error 1201 otherwise). Exempt accounts are never refused, so nobody locks themselves out.</source>
        <translation>När funktionen är på skickas koder endast vid förfrågningar från adresserna nedan (annars fel 1201). Undantagna konton avvisas aldrig, så ingen kan låsa ute sig själv.</translation>
    </message>
    <message>
        <source>&amp;Allow requests only from the listed addresses</source>
        <translation>&amp;Tillåt endast förfrågningar från adresserna i listan</translation>
    </message>
    <message>
        <source>When ticked, a request from any other address is refused with error 1201, unless the account is exempt.</source>
        <translation>När rutan är markerad avvisas förfrågningar från alla andra adresser med fel 1201, om inte kontot är undantaget.</translation>
    </message>
    <message>
        <source>Allowed addresses and &amp;ranges:</source>
        <translation>Tillåtna adresser och &amp;intervall:</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Tillåtna adresser</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. A range is written as 100.10.10.0/24.</source>
        <translation>Dubbelklicka på en cell för att redigera den. Ett intervall skrivs som 100.10.10.0/24.</translation>
    </message>
    <message>
        <source>A&amp;dd:</source>
        <translation>&amp;Lägg till:</translation>
    </message>
    <message>
        <source>Address or range, e.g. 100.10.10.2</source>
        <translation>Adress eller intervall, t.ex. 100.10.10.2</translation>
    </message>
    <message>
        <source>New address or range</source>
        <translation>Ny adress eller nytt intervall</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, or a CIDR range such as 100.10.10.0/24.</source>
        <translation>En IPv4- eller IPv6-adress, eller ett CIDR-intervall som 100.10.10.0/24.</translation>
    </message>
    <message>
        <source>Comment, e.g. Tartu office</source>
        <translation>Kommentar, t.ex. Tartukontoret</translation>
    </message>
    <message>
        <source>Comment of the new entry</source>
        <translation>Kommentar till den nya posten</translation>
    </message>
    <message>
        <source>Optional: a note for the administrators.</source>
        <translation>Valfritt: en anteckning för administratörerna.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add the address to the list. An address already listed is refused.</source>
        <translation>Lägg till adressen i listan. En adress som redan finns i listan avvisas.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the selected entries.</source>
        <translation>Ta bort de markerade posterna.</translation>
    </message>
    <message>
        <source>&amp;Paste Lines</source>
        <translation>&amp;Klistra in rader</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s lines, one entry a line in the form &quot;100.10.10.2 # Tartu&quot;.</source>
        <translation>Lägg till raderna i urklippet, en post per rad i formen &quot;100.10.10.2 # Tartu&quot;.</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>I&amp;mportera JSON…</translation>
    </message>
    <message>
        <source>Add the entries of a JSON file: [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}].</source>
        <translation>Lägg till posterna i en JSON-fil: [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}].</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportera JSON…</translation>
    </message>
    <message>
        <source>Write the list to a JSON file in the same form.</source>
        <translation>Skriv listan till en JSON-fil i samma form.</translation>
    </message>
    <message>
        <source>&amp;Exempt accounts (one login a line):</source>
        <translation>&amp;Undantagna konton (ett inloggningsnamn per rad):</translation>
    </message>
    <message>
        <source>Exempt accounts</source>
        <translation>Undantagna konton</translation>
    </message>
    <message>
        <source>These accounts get codes from any address. Keep an administrator here.</source>
        <translation>Dessa konton får koder från alla adresser. Ha kvar en administratör här.</translation>
    </message>
    <message>
        <source>&amp;Trusted proxies of the provider servers (one address or range a line):</source>
        <translation>&amp;Betrodda proxyservrar för providerservrarna (en adress eller ett intervall per rad):</translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation>Betrodda proxyservrar</translation>
    </message>
    <message>
        <source>Load balancers or reverse proxies in front of smsotp-server. Only from these addresses is the caller&apos;s address taken from the X-Forwarded-For header; from any other caller the header is ignored and the connection&apos;s own address is checked.</source>
        <translation>Lastbalanserare eller omvända proxyservrar framför smsotp-server. Endast från dessa adresser tas anroparens adress från huvudet X-Forwarded-For; för alla andra anropare ignoreras huvudet och anslutningens egen adress kontrolleras.</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or 10.0.0.0/29</source>
        <translation>t.ex. 10.0.0.5 eller 10.0.0.0/29</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>unknown setting</source>
        <translation>okänd inställning</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>måste vara %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list of text values</source>
        <translation>en lista med textvärden</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>måste vara en av: %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>true or false (or 1 or 0)</source>
        <translation>true eller false (eller 1 eller 0)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The console is locked</source>
        <translation>Konsolen är låst</translation>
    </message>
    <message numerus="yes">
        <source>Locked at %1 after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Låst kl. %1 efter %n minut utan aktivitet.</numerusform>
            <numerusform>Låst kl. %1 efter %n minuter utan aktivitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked at %1 with File → Lock Now.</source>
        <translation>Låst kl. %1 med Arkiv → Lås nu.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes on %n page(s) are kept and shown again after unlocking.</source>
        <translation>
            <numerusform>Osparade ändringar på %n sida behålls och visas igen efter upplåsningen.</numerusform>
            <numerusform>Osparade ändringar på %n sidor behålls och visas igen efter upplåsningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open dialog(s) were closed; what was typed in them is lost.</source>
        <translation>
            <numerusform>%n öppen dialogruta stängdes; det som skrevs i den har gått förlorat.</numerusform>
            <numerusform>%n öppna dialogrutor stängdes; det som skrevs i dem har gått förlorat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store key was wiped from this console&apos;s memory. Enter the passphrase of %1 to go on:</source>
        <translation>Lagringsnyckeln har raderats från konsolens minne. Ange lösenfrasen för %1 för att fortsätta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Keychain</source>
        <translation>Använd datorns &amp;nyckelring</translation>
    </message>
    <message>
        <source>Unlock with the store key remembered in this computer&apos;s keychain, as opening the store does.</source>
        <translation>Lås upp med lagringsnyckeln som sparats i den här datorns nyckelring, precis som när lagringen öppnas.</translation>
    </message>
    <message>
        <source>Locked console</source>
        <translation>Låst konsol</translation>
    </message>
    <message>
        <source>The keychain button still works: it asks for no passphrase.</source>
        <translation>Nyckelringsknappen fungerar fortfarande: den frågar inte efter någon lösenfras.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Autentiserare</translation>
    </message>
    <message>
        <source>Storage SMS OTP</source>
        <translation>Storage SMS OTP</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (osparad)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Öppna lagring…</translation>
    </message>
    <message>
        <source>Open a SQLite store file or connect to a PostgreSQL store.</source>
        <translation>Öppna en SQLite-lagringsfil eller anslut till en PostgreSQL-lagring.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna se&amp;naste</translation>
    </message>
    <message>
        <source>&amp;Save Page</source>
        <translation>&amp;Spara sidan</translation>
    </message>
    <message>
        <source>Save the settings page shown on the right.</source>
        <translation>Spara inställningssidan som visas till höger.</translation>
    </message>
    <message>
        <source>&amp;Export Settings…</source>
        <translation>&amp;Exportera inställningar…</translation>
    </message>
    <message>
        <source>Write the stored settings to a JSON file (secrets left out).</source>
        <translation>Skriv de lagrade inställningarna till en JSON-fil (utan hemligheter).</translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation>&amp;Importera inställningar…</translation>
    </message>
    <message>
        <source>Read settings from a JSON file; you see what changes before it is saved.</source>
        <translation>Läs inställningar från en JSON-fil; du ser vad som ändras innan något sparas.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Rensa listan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About SMS OTP Console</source>
        <translation>&amp;Om SMS OTP Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Choose the page to show on the right.</source>
        <translation>Välj vilken sida som ska visas till höger.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>Det går inte att öppna lagringen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Öppnade %1.</translation>
    </message>
    <message>
        <source>Looking up the password of %1 in the keychain…</source>
        <translation>Söker efter lösenordet för %1 i nyckelringen…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Nyckelringen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Cannot Read Settings</source>
        <translation>Det går inte att läsa inställningarna</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has changes that are not saved. Save them before leaving the page?</source>
        <translation>Sidan ”%1” har ändringar som inte är sparade. Vill du spara dem innan du lämnar sidan?</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>Inställningarna exporterades till %1.</translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Exportera inställningar</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Öppna en lagring först.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Importera inställningar</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>SMS OTP Console</source>
        <translation>SMS OTP Console</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Ingen lagring är öppen</translation>
    </message>
    <message>
        <source>%1 — SMS OTP Console</source>
        <translation>%1 — SMS OTP Console</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Lagring: %1</translation>
    </message>
    <message>
        <source>%1
Identity: %2</source>
        <translation>%1
Identitet: %2</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Öppna lagring</translation>
    </message>
    <message>
        <source>Kind of store</source>
        <translation>Typ av lagring</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Nyckelringen kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <source>These pages have changes that are not saved: %1. Save them?</source>
        <translation>De här sidorna har ändringar som inte är sparade: %1. Vill du spara dem?</translation>
    </message>
    <message>
        <source>Store identity: %1</source>
        <translation>Lagringens identitet: %1</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ingen lagring är öppen.</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3.</source>
        <translation>Version %1, byggd med Qt %2, körs på Qt %3.</translation>
    </message>
    <message>
        <source>A management console for an SMS one-time-password authentication provider.</source>
        <translation>En administrationskonsol för en autentiseringsprovider med engångslösenord via SMS.</translation>
    </message>
    <message>
        <source>For internal use.</source>
        <translation>För internt bruk.</translation>
    </message>
    <message>
        <source>About SMS OTP Console</source>
        <translation>Om SMS OTP Console</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Skicka test-&amp;SMS…</translation>
    </message>
    <message>
        <source>Send a real SMS through the saved gateway settings to check them.</source>
        <translation>Skicka ett riktigt SMS med de sparade gatewayinställningarna för att kontrollera dem.</translation>
    </message>
    <message>
        <source>Your store login (%1) may not change settings.</source>
        <translation>Din lagringsinloggning (%1) får inte ändra inställningar.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Roll: %1</translation>
    </message>
    <message>
        <source>A local store file has no roles: whoever may write the file administers it.</source>
        <translation>En lokal lagringsfil har inga roller: den som får skriva filen administrerar den.</translation>
    </message>
    <message>
        <source>The rights of your PostgreSQL login in this store (administrator, help desk or auditor); the database refuses anything else.</source>
        <translation>Rättigheterna för din PostgreSQL-inloggning i den här lagringen (administratör, helpdesk eller revisor); databasen nekar allt annat.</translation>
    </message>
    <message>
        <source>Your role in the store</source>
        <translation>Din roll i lagringen</translation>
    </message>
    <message>
        <source>Updating the Store</source>
        <translation>Lagringen uppdateras</translation>
    </message>
    <message>
        <source>Do not close the console: each step is kept only when it is finished.</source>
        <translation>Stäng inte konsolen: varje steg behålls först när det är klart.</translation>
    </message>
    <message>
        <source>Reconnected to the store.</source>
        <translation>Återansluten till lagringen.</translation>
    </message>
</context>
<context>
    <name>MegafonGateway</name>
    <message>
        <source>The number %1 is not an international number.</source>
        <translation>Numret %1 är inte ett internationellt nummer.</translation>
    </message>
    <message>
        <source>Megafon answered HTTP %1 instead of 200.</source>
        <translation>Megafon svarade HTTP %1 i stället för 200.</translation>
    </message>
    <message>
        <source>Megafon&apos;s answer is not in the expected form.</source>
        <translation>Megafons svar har inte den förväntade formen.</translation>
    </message>
    <message>
        <source>Megafon refused the message: %1 (code %2).</source>
        <translation>Megafon avvisade meddelandet: %1 (kod %2).</translation>
    </message>
    <message>
        <source>Megafon refused the phone number (code %1).</source>
        <translation>Megafon avvisade telefonnumret (kod %1).</translation>
    </message>
    <message>
        <source>Megafon refused the sender name (code %1).</source>
        <translation>Megafon avvisade avsändarnamnet (kod %1).</translation>
    </message>
</context>
<context>
    <name>MessageFormatSettings</name>
    <message>
        <source>a name may have at most 11 characters (or up to 15 digits)</source>
        <translation>ett namn får ha högst 11 tecken (eller upp till 15 siffror)</translation>
    </message>
    <message>
        <source>may contain only Latin letters, digits, spaces, &apos;-&apos; and &apos;.&apos;</source>
        <translation>får bara innehålla latinska bokstäver, siffror, mellanslag, &apos;-&apos; och &apos;.&apos;</translation>
    </message>
    <message>
        <source>a name needs at least one letter (or up to 15 digits only)</source>
        <translation>ett namn måste ha minst en bokstav (eller bestå av upp till 15 siffror)</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>måste vara en enda rad</translation>
    </message>
    <message>
        <source>must be one of the offered formats: %1</source>
        <translation>måste vara ett av de erbjudna formaten: %1</translation>
    </message>
</context>
<context>
    <name>MessageFormatSettingsPage</name>
    <message>
        <source>(the gateway&apos;s default sender)</source>
        <translation>(gatewayens standardavsändare)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Från: %1</translation>
    </message>
    <message>
        <source>(UCS-2 because of “%1”: one SMS holds 70 characters instead of 160)</source>
        <translation>(UCS-2 på grund av ”%1”: ett SMS rymmer 70 tecken i stället för 160)</translation>
    </message>
    <message>
        <source>What the SMS says. The message is the text before the code, a space and the code, then the date on a new line when a date format is chosen.</source>
        <translation>Vad SMS:et innehåller. Meddelandet är texten före koden, ett mellanslag och koden, och sedan datumet på en ny rad när ett datumformat har valts.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>&amp;Avsändarnamn:</translation>
    </message>
    <message>
        <source>The name the phone shows as the sender: up to 11 Latin letters, digits, spaces, &apos;-&apos; and &apos;.&apos;, with at least one letter, or up to 15 digits. Empty: the gateway&apos;s default.</source>
        <translation>Namnet som telefonen visar som avsändare: upp till 11 latinska bokstäver, siffror, mellanslag, &apos;-&apos; och &apos;.&apos;, med minst en bokstav, eller upp till 15 siffror. Tomt: gatewayens standard.</translation>
    </message>
    <message>
        <source>&amp;Text before the code:</source>
        <translation>&amp;Text före koden:</translation>
    </message>
    <message>
        <source>Written before the code, for example &quot;Your sign-in code:&quot;. Empty: only the code is sent.</source>
        <translation>Skrivs före koden, till exempel &quot;Din inloggningskod:&quot;. Tomt: endast koden skickas.</translation>
    </message>
    <message>
        <source>&amp;Date of sending:</source>
        <translation>Sändnings&amp;datum:</translation>
    </message>
    <message>
        <source>Adds the date (and time) of sending on a new line, so the user can tell an old message from a new one.</source>
        <translation>Lägger till datum (och tid) för sändningen på en ny rad, så att användaren kan skilja ett gammalt meddelande från ett nytt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Förhandsgranskning av meddelandet</translation>
    </message>
    <message>
        <source>Length, encoding and number of SMS</source>
        <translation>Längd, teckenkodning och antal SMS</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Skicka test-&amp;SMS…</translation>
    </message>
    <message>
        <source>Sends this message with a fresh code through the gateway, to a number you choose.</source>
        <translation>Skickar det här meddelandet med en ny kod via gatewayen till ett nummer som du väljer.</translation>
    </message>
</context>
<context>
    <name>MfmsGateway</name>
    <message>
        <source>MFMSolutions refused the login or password.</source>
        <translation>MFMSolutions avvisade inloggningsnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>MFMSolutions refused the phone number.</source>
        <translation>MFMSolutions avvisade telefonnumret.</translation>
    </message>
    <message>
        <source>MFMSolutions refused the sender name; it must be registered with the provider.</source>
        <translation>MFMSolutions avvisade avsändarnamnet; det måste vara registrerat hos leverantören.</translation>
    </message>
    <message>
        <source>MFMSolutions had an internal failure; try again later.</source>
        <translation>MFMSolutions fick ett internt fel; försök igen senare.</translation>
    </message>
    <message>
        <source>MFMSolutions could not read the request.</source>
        <translation>MFMSolutions kunde inte läsa förfrågan.</translation>
    </message>
    <message>
        <source>MFMSolutions answered something unexpected.</source>
        <translation>MFMSolutions svarade något oväntat.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the store&apos;s schema from version %1 to %2: step %3 of %4…</source>
        <translation>Lagringens schema uppdateras från version %1 till %2: steg %3 av %4…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>The new passphrases differ.</source>
        <translation>De nya lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Upprepa ny lösenfras:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Minst %1 tecken</translation>
    </message>
</context>
<context>
    <name>OpenLdapDirectoryClient</name>
    <message>
        <source>No directory server is configured.</source>
        <translation>Ingen katalogserver är konfigurerad.</translation>
    </message>
    <message>
        <source>%1: the CA certificate file %2 cannot be read</source>
        <translation>%1: CA-certifikatfilen %2 kan inte läsas</translation>
    </message>
    <message>
        <source>%1: not a usable LDAP address: %2</source>
        <translation>%1: ingen användbar LDAP-adress: %2</translation>
    </message>
    <message>
        <source>%1: TLS cannot be set up: %2</source>
        <translation>%1: TLS kan inte konfigureras: %2</translation>
    </message>
    <message>
        <source>%1: StartTLS failed: %2. Is the server running, and does its certificate name this host and chain to the CA certificate (or to a CA the system trusts)?</source>
        <translation>%1: StartTLS misslyckades: %2. Körs servern, och är dess certifikat utfärdat för denna värd och kedjat till CA-certifikatet (eller till en CA som systemet litar på)?</translation>
    </message>
    <message>
        <source>%1: no bind password is saved for %2</source>
        <translation>%1: inget bindningslösenord är sparat för %2</translation>
    </message>
    <message>
        <source>%1: no answer: %2. Is the server running, and does its certificate name this host and chain to the CA certificate (or to a CA the system trusts)?</source>
        <translation>%1: inget svar: %2. Körs servern, och är dess certifikat utfärdat för denna värd och kedjat till CA-certifikatet (eller till en CA som systemet litar på)?</translation>
    </message>
    <message>
        <source>%1: no answer: %2</source>
        <translation>%1: inget svar: %2</translation>
    </message>
    <message>
        <source>%1: bind as %2 refused: %3</source>
        <translation>%1: bindning som %2 avvisades: %3</translation>
    </message>
    <message>
        <source>%1: no answer to the search: %2</source>
        <translation>%1: inget svar på sökningen: %2</translation>
    </message>
    <message>
        <source>%1: the search failed: %2</source>
        <translation>%1: sökningen misslyckades: %2</translation>
    </message>
    <message>
        <source>%1: the base DN %2 does not exist in the directory</source>
        <translation>%1: bas-DN %2 finns inte i katalogen</translation>
    </message>
    <message>
        <source>%1: the paged search cannot be set up</source>
        <translation>%1: den sidindelade sökningen kan inte konfigureras</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Open Store</source>
        <translation>Öppna lagring</translation>
    </message>
    <message>
        <source>&amp;Kind of store:</source>
        <translation>&amp;Typ av lagring:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-fil på den här datorn</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-server</translation>
    </message>
    <message>
        <source>A SQLite file needs no server; a PostgreSQL store is shared by every provider server and console.</source>
        <translation>En SQLite-fil behöver ingen server; en PostgreSQL-lagring delas av alla providerservrar och konsoler.</translation>
    </message>
    <message>
        <source>Kind of store</source>
        <translation>Typ av lagring</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>The store&apos;s SQLite file, with its full path.</source>
        <translation>Lagringens SQLite-fil, med fullständig sökväg.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Lagringsfil</translation>
    </message>
    <message>
        <source>/path/to/store.db</source>
        <translation>/path/to/store.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the store&apos;s file.</source>
        <translation>Välj lagringens fil.</translation>
    </message>
    <message>
        <source>&amp;Create a new store when the file does not exist</source>
        <translation>Skapa en n&amp;y lagring när filen inte finns</translation>
    </message>
    <message>
        <source>Creates the file with the default settings. Leave it off to be told when the path is wrong instead.</source>
        <translation>Skapar filen med standardinställningarna. Lämna avmarkerad för att i stället få veta när sökvägen är fel.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address.</source>
        <translation>PostgreSQL-serverns namn eller adress.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port; PostgreSQL listens on 5432 unless configured otherwise.</source>
        <translation>Serverns TCP-port; PostgreSQL lyssnar på 5432 om inget annat har konfigurerats.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>The database that holds the store.</source>
        <translation>Databasen som innehåller lagringen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Your database login; its role decides what you may change.</source>
        <translation>Ditt inloggningsnamn i databasen; dess roll avgör vad du får ändra.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>The database password. It is never written to the settings file.</source>
        <translation>Databasens lösenord. Det skrivs aldrig till inställningsfilen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TL&amp;S:</translation>
    </message>
    <message>
        <source>How the connection is encrypted: &quot;require&quot; insists on TLS, &quot;verify-full&quot; also checks the server&apos;s certificate and name, &quot;prefer&quot; uses TLS when the server offers it.</source>
        <translation>Hur anslutningen krypteras: &quot;require&quot; kräver TLS, &quot;verify-full&quot; kontrollerar även serverns certifikat och namn, &quot;prefer&quot; använder TLS när servern erbjuder det.</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-läge</translation>
    </message>
    <message>
        <source>&amp;Remember password on this computer</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn</translation>
    </message>
    <message>
        <source>Keeps the password in the operating system&apos;s keychain, never in a file.</source>
        <translation>Sparar lösenordet i operativsystemets nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <source>&amp;Initialise the database when it holds no store yet</source>
        <translation>&amp;Initiera databasen när den ännu inte innehåller någon lagring</translation>
    </message>
    <message>
        <source>Creates the store&apos;s tables with the default settings in an empty database.</source>
        <translation>Skapar lagringens tabeller med standardinställningarna i en tom databas.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>SMS OTP stores (*.db *.sqlite);;All files (*)</source>
        <translation>SMS OTP-lagringar (*.db *.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New Store File</source>
        <translation>Ny lagringsfil</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>Lagringsfil</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Ange serverns värdnamn.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Ange databasens namn.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Ange användarnamnet.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the store&apos;s file inside it.</source>
        <translation>%1 är en mapp. Välj lagringens fil i den.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the password.</source>
        <translation>Nyckelringen kunde inte läsas (%1). Ange lösenordet.</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation>Lösenordet fylldes i från nyckelringen.</translation>
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
        <translation>  otp sample [-n N]                N engångslösenord med lagringens inställningar, och deras entropi
  otp request LOGIN [--client-ip IP]
                                   skicka ett engångslösenord till LOGIN via den konfigurerade gatewayen
  otp verify LOGIN CODE [--client-ip IP]
                                   kontrollera ett engångslösenord (engångsbruk; misslyckanden räknas mot en spärr)
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp sample [-n N] | request LOGIN [--client-ip IP] | verify LOGIN CODE [--client-ip IP]</source>
        <translation>Användning: smsotp-cli otp sample [-n N] | request LOGIN [--client-ip IP] | verify LOGIN CODE [--client-ip IP]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp sample [-n N], N from 1 to %1</source>
        <translation>Användning: smsotp-cli otp sample [-n N], N från 1 till %1</translation>
    </message>
    <message>
        <source>Entropy: %1 bits (%2 characters from an alphabet of %3)</source>
        <translation>Entropi: %1 bitar (%2 tecken ur ett alfabet med %3)</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp request LOGIN [--client-ip IP]</source>
        <translation>Användning: smsotp-cli otp request LOGIN [--client-ip IP]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp verify LOGIN CODE [--client-ip IP]</source>
        <translation>Användning: smsotp-cli otp verify LOGIN CODE [--client-ip IP]</translation>
    </message>
</context>
<context>
    <name>OtpGenerator</name>
    <message>
        <source>No character class is selected for one-time passwords.</source>
        <translation>Ingen teckenklass är vald för engångslösenord.</translation>
    </message>
    <message>
        <source>The one-time password length must be at least 1.</source>
        <translation>Engångslösenordets längd måste vara minst 1.</translation>
    </message>
    <message>
        <source>The system&apos;s secure random number generator failed.</source>
        <translation>Systemets säkra slumptalsgenerator misslyckades.</translation>
    </message>
</context>
<context>
    <name>OtpService</name>
    <message>
        <source>error %1: %2</source>
        <translation>fel %1: %2</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Läsning av inställningarna</translation>
    </message>
    <message>
        <source>use of this authenticator is denied</source>
        <translation>användning av den här autentiseraren är nekad</translation>
    </message>
    <message>
        <source>the access rights do not allow users to do this themselves</source>
        <translation>åtkomsträttigheterna tillåter inte att användare gör detta själva</translation>
    </message>
    <message>
        <source>the phone number was refused: %1</source>
        <translation>telefonnumret avvisades: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an SMS authenticator.</source>
        <translation>&apos;%1&apos; har redan en SMS-autentiserare.</translation>
    </message>
    <message>
        <source>registered with phone %1</source>
        <translation>registrerad med telefonnummer %1</translation>
    </message>
    <message>
        <source>phone changed to %1</source>
        <translation>telefonnumret ändrat till %1</translation>
    </message>
    <message>
        <source>comment changed</source>
        <translation>kommentaren ändrad</translation>
    </message>
    <message>
        <source>authenticator deleted</source>
        <translation>autentiseraren borttagen</translation>
    </message>
    <message>
        <source>use of the authenticator denied by an administrator</source>
        <translation>användning av autentiseraren nekad av en administratör</translation>
    </message>
    <message>
        <source>use of the authenticator allowed again</source>
        <translation>användning av autentiseraren tillåten igen</translation>
    </message>
    <message>
        <source>unblocked automatically: the block time has passed</source>
        <translation>spärren hävdes automatiskt: spärrtiden har gått ut</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account</source>
        <translation>ingen SMS-autentiserare är registrerad för det här kontot</translation>
    </message>
    <message>
        <source>address %1 is not allowed</source>
        <translation>adressen %1 är inte tillåten</translation>
    </message>
    <message>
        <source>the authenticator is blocked</source>
        <translation>autentiseraren är spärrad</translation>
    </message>
    <message>
        <source>the SMS to %1 could not be sent: %2 (%3 %4)</source>
        <translation>SMS:et till %1 kunde inte skickas: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>the SMS could not be sent; try again later</source>
        <translation>SMS:et kunde inte skickas; försök igen senare</translation>
    </message>
    <message>
        <source>code sent to %1 (message id %2)</source>
        <translation>kod skickad till %1 (meddelande-id %2)</translation>
    </message>
    <message>
        <source>the first gateway failed (%1); the SMS to %2 went through the second gateway</source>
        <translation>den första gatewayen misslyckades (%1); SMS:et till %2 skickades via den andra gatewayen</translation>
    </message>
    <message>
        <source>%1 (failure %2 of %3)</source>
        <translation>%1 (misslyckande %2 av %3)</translation>
    </message>
    <message>
        <source>blocked after %1 failed codes until a help-desk unblock</source>
        <translation>spärrad efter %1 felaktiga koder tills helpdesk häver spärren</translation>
    </message>
    <message>
        <source>blocked after %1 failed codes until %2 UTC</source>
        <translation>spärrad efter %1 felaktiga koder till %2 UTC</translation>
    </message>
    <message>
        <source>no code was requested</source>
        <translation>ingen kod har begärts</translation>
    </message>
    <message>
        <source>the code has expired</source>
        <translation>koden har gått ut</translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>felaktig kod</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>koden godkänd</translation>
    </message>
    <message>
        <source>unblocked by the help desk</source>
        <translation>spärren hävd av helpdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n authenticator(s) unblocked</source>
        <translation>
            <numerusform>spärren hävd för %n autentiserare</numerusform>
            <numerusform>spärren hävd för %n autentiserare</numerusform>
        </translation>
    </message>
    <message>
        <source>every blocked authenticator unblocked by the help desk (%1)</source>
        <translation>spärren hävd av helpdesk för alla spärrade autentiserare (%1)</translation>
    </message>
    <message>
        <source>failure counter reset</source>
        <translation>felräknaren nollställd</translation>
    </message>
    <message>
        <source>%1
No codes are sent or accepted until the section is restored from its history.</source>
        <translation>%1
Inga koder skickas eller godtas förrän avsnittet har återställts från sin historik.</translation>
    </message>
    <message>
        <source>settings section %1 is damaged: %2; the engine sends and accepts no codes</source>
        <translation>inställningsavsnittet %1 är skadat: %2; motorn skickar och godtar inga koder</translation>
    </message>
    <message>
        <source>The account was registered during the request; try again.</source>
        <translation>Kontot registrerades under förfrågan; försök igen.</translation>
    </message>
    <message>
        <source>%1 (from the directory)</source>
        <translation>%1 (från katalogen)</translation>
    </message>
    <message>
        <source>%1; the store&apos;s own number is used instead</source>
        <translation>%1; lagringens eget nummer används i stället</translation>
    </message>
    <message>
        <source>a code could not be checked because the store failed (%1); the code was withdrawn and the attempt counted as a failure</source>
        <translation>en kod kunde inte kontrolleras eftersom lagringen fick ett fel (%1); koden drogs tillbaka och försöket räknades som misslyckat</translation>
    </message>
    <message>
        <source>the code could not be checked; request a new code</source>
        <translation>koden kunde inte kontrolleras; begär en ny kod</translation>
    </message>
</context>
<context>
    <name>OtpSettings</name>
    <message>
        <source>choose at least one kind of character</source>
        <translation>välj minst en typ av tecken</translation>
    </message>
</context>
<context>
    <name>OtpSettingsPage</name>
    <message>
        <source>Choose at least one kind of character to see a sample.</source>
        <translation>Välj minst en typ av tecken för att se ett exempel.</translation>
    </message>
    <message>
        <source>%1 bits of entropy: %2 characters drawn from %3 possible ones.</source>
        <translation>%1 bitars entropi: %2 tecken valda bland %3 möjliga.</translation>
    </message>
    <message>
        <source>⚠ Fewer than %1 bits: an attacker who may try many codes has a real chance to guess one. Make the code longer or add kinds of characters, and keep blocking on.</source>
        <translation>⚠ Färre än %1 bitar: en angripare som får pröva många koder har en verklig chans att gissa en. Gör koden längre eller lägg till fler typer av tecken, och låt spärrningen vara på.</translation>
    </message>
    <message>
        <source>What a one-time password looks like. Every character is drawn at random, evenly, from the kinds chosen; special characters are those every phone sends as a plain SMS.</source>
        <translation>Hur ett engångslösenord ser ut. Varje tecken väljs slumpmässigt och jämnt fördelat bland de valda typerna; specialtecken är de som alla telefoner skickar i ett vanligt SMS.</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>Characters in a code (%1–%2, default 6).</source>
        <translation>Antal tecken i en kod (%1–%2, standard 6).</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Tecken:</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>Si&amp;ffror (0–9)</translation>
    </message>
    <message>
        <source>Codes may contain the digits 0 to 9.</source>
        <translation>Koder får innehålla siffrorna 0 till 9.</translation>
    </message>
    <message>
        <source>Lo&amp;wercase Latin letters (a–z)</source>
        <translation>&amp;Gemena latinska bokstäver (a–z)</translation>
    </message>
    <message>
        <source>Codes may contain the letters a to z.</source>
        <translation>Koder får innehålla bokstäverna a till z.</translation>
    </message>
    <message>
        <source>&amp;Uppercase Latin letters (A–Z)</source>
        <translation>&amp;Versala latinska bokstäver (A–Z)</translation>
    </message>
    <message>
        <source>Codes may contain the letters A to Z.</source>
        <translation>Koder får innehålla bokstäverna A till Z.</translation>
    </message>
    <message>
        <source>S&amp;pecial characters (%1)</source>
        <translation>S&amp;pecialtecken (%1)</translation>
    </message>
    <message>
        <source>Punctuation that every phone sends in a plain SMS.</source>
        <translation>Skiljetecken som alla telefoner skickar i ett vanligt SMS.</translation>
    </message>
    <message>
        <source>Leave out look-alike characters (%1)</source>
        <translation>Uteslut tecken som liknar varandra (%1)</translation>
    </message>
    <message>
        <source>Drops characters people confuse when typing a code from their phone.</source>
        <translation>Tar bort tecken som förväxlas när man skriver av en kod från telefonen.</translation>
    </message>
    <message>
        <source>Code &amp;lifetime:</source>
        <translation>Kodens giltighets&amp;tid:</translation>
    </message>
    <message>
        <source>Seconds a code stays valid after it was sent (%1–%2, default 300).</source>
        <translation>Antal sekunder som en kod är giltig efter att den skickats (%1–%2, standard 300).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Sample codes</source>
        <translation>Exempelkoder</translation>
    </message>
    <message>
        <source>&amp;New Samples</source>
        <translation>&amp;Nya exempel</translation>
    </message>
    <message>
        <source>Draw new sample codes with the settings above.</source>
        <translation>Ta fram nya exempelkoder med inställningarna ovan.</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropi</translation>
    </message>
</context>
<context>
    <name>PagedSqlModel</name>
    <message>
        <source>Cannot count the rows: %1</source>
        <translation>Det går inte att räkna raderna: %1</translation>
    </message>
    <message>
        <source>Cannot read the rows: %1</source>
        <translation>Det går inte att läsa raderna: %1</translation>
    </message>
    <message>
        <source>The number of rows shown is the database&apos;s estimate: counting them exactly failed (%1). Refresh to try again.</source>
        <translation>Antalet rader som visas är databasens uppskattning: den exakta räkningen misslyckades (%1). Uppdatera för att försöka igen.</translation>
    </message>
    <message>
        <source>the store was closed</source>
        <translation>lagringen stängdes</translation>
    </message>
    <message>
        <source>Reading the rows</source>
        <translation>Läsning av raderna</translation>
    </message>
</context>
<context>
    <name>PhoneCommand</name>
    <message>
        <source>  phone normalize NUMBER... [--json]
                                   the store&apos;s phone format applied to each number, and its type
</source>
        <translation>  phone normalize NUMBER... [--json]
                                   lagringens telefonnummerformat tillämpat på varje nummer, och nummertypen
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli phone normalize NUMBER... [--json]</source>
        <translation>Användning: smsotp-cli phone normalize NUMBER... [--json]</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>avvisat: %1</translation>
    </message>
    <message>
        <source> [warning: libphonenumber does not know this number as valid]</source>
        <translation> [varning: libphonenumber känner inte till numret som giltigt]</translation>
    </message>
    <message>
        <source>%1 of %2 numbers were rejected.</source>
        <translation>%1 av %2 nummer avvisades.</translation>
    </message>
</context>
<context>
    <name>PhoneFormatSettings</name>
    <message>
        <source>must be &apos;+&apos; and a country code of 1 to 4 digits, for example +7 or +46</source>
        <translation>måste vara &apos;+&apos; och en landskod på 1 till 4 siffror, till exempel +7 eller +46</translation>
    </message>
    <message>
        <source>must be shorter than the number length</source>
        <translation>måste vara kortare än nummerlängden</translation>
    </message>
    <message>
        <source>must be one digit, or empty for none</source>
        <translation>måste vara en siffra, eller tomt för ingen</translation>
    </message>
    <message>
        <source>must be a directory attribute name, for example mobile</source>
        <translation>måste vara namnet på ett katalogattribut, till exempel mobile</translation>
    </message>
</context>
<context>
    <name>PhoneFormatSettingsPage</name>
    <message>
        <source>Type a number as users write it, for example 8 (916) 123-45-67.</source>
        <translation>Skriv ett nummer så som användare skriver det, till exempel 8 (916) 123-45-67.</translation>
    </message>
    <message>
        <source>Correct the settings above to try a number.</source>
        <translation>Rätta inställningarna ovan för att prova ett nummer.</translation>
    </message>
    <message>
        <source>✗ Refused: %1</source>
        <translation>✗ Avvisat: %1</translation>
    </message>
    <message>
        <source>✓ Sent to %1</source>
        <translation>✓ Skickas till %1</translation>
    </message>
    <message>
        <source>Kind of number: %1</source>
        <translation>Nummertyp: %1</translation>
    </message>
    <message>
        <source>Note: libphonenumber does not know this number as valid; it is sent anyway because it matches the rules above.</source>
        <translation>Obs! libphonenumber känner inte till numret som giltigt; det skickas ändå eftersom det följer reglerna ovan.</translation>
    </message>
    <message>
        <source>How phone numbers are turned into the international form before an SMS is sent: spaces, brackets and hyphens are removed, the trunk digit becomes the prefix, and the length is checked.</source>
        <translation>Hur telefonnummer görs om till internationellt format innan ett SMS skickas: mellanslag, parenteser och bindestreck tas bort, den nationella prefixsiffran ersätts med landsprefixet och längden kontrolleras.</translation>
    </message>
    <message>
        <source>&amp;Normalise phone numbers</source>
        <translation>&amp;Normalisera telefonnummer</translation>
    </message>
    <message>
        <source>When ticked, numbers are cleaned up and completed by the rules below; otherwise they are sent as stored and must already be international (+ and digits).</source>
        <translation>När rutan är markerad rensas och kompletteras numren enligt reglerna nedan; annars skickas de som de är lagrade och måste redan vara internationella (+ och siffror).</translation>
    </message>
    <message>
        <source>Number &amp;length:</source>
        <translation>Nummer&amp;längd:</translation>
    </message>
    <message>
        <source>Characters of a normalised number, + included: +79161234567 has 12 (%1–%2).</source>
        <translation>Antal tecken i ett normaliserat nummer, inklusive +: +79161234567 har 12 (%1–%2).</translation>
    </message>
    <message>
        <source>Country &amp;prefix:</source>
        <translation>Lands&amp;prefix:</translation>
    </message>
    <message>
        <source>Added to numbers written without it, for example +7 (the default) or +46.</source>
        <translation>Läggs till nummer som skrivits utan det, till exempel +7 (standard) eller +46.</translation>
    </message>
    <message>
        <source>&amp;Trunk digit:</source>
        <translation>Na&amp;tionellt prefix:</translation>
    </message>
    <message>
        <source>A leading digit replaced by the prefix, such as 8 in 8 916 123-45-67 (the default). Empty: none.</source>
        <translation>En inledande siffra som ersätts med landsprefixet, till exempel 8 i 8 916 123-45-67 (standard). Tomt: ingen.</translation>
    </message>
    <message>
        <source>Refuse &amp;premium-rate and toll-free numbers</source>
        <translation>&amp;Avvisa betalnummer och avgiftsfria nummer</translation>
    </message>
    <message>
        <source>Protects against SMS pumping fraud: numbers that cost the sender or are not phones get no SMS.</source>
        <translation>Skyddar mot bedrägeri med SMS-pumpning: nummer som kostar avsändaren pengar eller inte är telefoner får inga SMS.</translation>
    </message>
    <message>
        <source>Use the phone number from Active &amp;Directory</source>
        <translation>Använd telefonnumret från Active &amp;Directory</translation>
    </message>
    <message>
        <source>Directory &amp;attribute:</source>
        <translation>Katalogattri&amp;but:</translation>
    </message>
    <message>
        <source>The directory attribute that holds the mobile number (default: mobile).</source>
        <translation>Katalogattributet som innehåller mobilnumret (standard: mobile).</translation>
    </message>
    <message>
        <source>Try a number</source>
        <translation>Prova ett nummer</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>Shows what the rules above (saved or not) make of a number. Nothing is sent or stored.</source>
        <translation>Visar vad reglerna ovan (sparade eller inte) gör med ett nummer. Ingenting skickas eller lagras.</translation>
    </message>
    <message>
        <source>⚠ No directory connection is saved: while this is on, every code request fails. Set up the server on the Directory page and test it with Check directory, or turn this off.</source>
        <translation>⚠ Ingen anslutning till katalogen är sparad: så länge detta är på misslyckas varje begäran om kod. Konfigurera servern på sidan Katalog och testa den med Kontrollera katalogen, eller stäng av detta.</translation>
    </message>
    <message>
        <source>Rule applied: %1</source>
        <translation>Tillämpad regel: %1</translation>
    </message>
    <message>
        <source>Takes the number from the user&apos;s directory entry instead of the store. The connection is set up on the Directory page.</source>
        <translation>Hämtar numret från användarens post i katalogen i stället för från lagringen. Anslutningen konfigureras på sidan Katalog.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>this is a %1 number: one-time passwords are not sent to such numbers, which are used for SMS pumping fraud (phoneFormat.refusePremiumRate)</source>
        <translation>det här är ett nummer av typen %1: engångslösenord skickas inte till sådana nummer, som används vid bedrägeri med SMS-pumpning (phoneFormat.refusePremiumRate)</translation>
    </message>
    <message>
        <source>&apos;+&apos; may only stand at the start of the number</source>
        <translation>&apos;+&apos; får bara stå först i numret</translation>
    </message>
    <message>
        <source>contains the letter &apos;%1&apos;, which cannot be part of a phone number</source>
        <translation>innehåller bokstaven &apos;%1&apos;, som inte kan ingå i ett telefonnummer</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;, which cannot be part of a phone number</source>
        <translation>innehåller &apos;%1&apos;, som inte kan ingå i ett telefonnummer</translation>
    </message>
    <message>
        <source>no number was given</source>
        <translation>inget nummer angavs</translation>
    </message>
    <message>
        <source>contains no digits</source>
        <translation>innehåller inga siffror</translation>
    </message>
    <message>
        <source>the prefix %1 is not &apos;+&apos; and digits</source>
        <translation>prefixet %1 är inte &apos;+&apos; följt av siffror</translation>
    </message>
    <message>
        <source>too short: %1 characters after normalisation, %2 expected</source>
        <translation>för kort: %1 tecken efter normalisering, %2 förväntades</translation>
    </message>
    <message>
        <source>too long: %1 characters after normalisation, %2 expected</source>
        <translation>för långt: %1 tecken efter normalisering, %2 förväntades</translation>
    </message>
    <message>
        <source>too long: %1 digits</source>
        <translation>för långt: %1 siffror</translation>
    </message>
    <message>
        <source>must be &apos;+&apos; followed by digits only, since normalisation is off</source>
        <translation>måste vara &apos;+&apos; följt av enbart siffror, eftersom normaliseringen är avstängd</translation>
    </message>
    <message>
        <source>too long: %1 digits, an international number has at most %2</source>
        <translation>för långt: %1 siffror, ett internationellt nummer har högst %2</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>fast telefoni</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>fast telefoni eller mobil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>avgiftsfritt</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>betalnummer</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>delad kostnad</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>personligt nummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>personsökare</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>universellt åtkomstnummer</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>röstbrevlåda</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>okänd typ</translation>
    </message>
    <message numerus="yes">
        <source>a phone number has at most %n characters</source>
        <translation>
            <numerusform>ett telefonnummer har högst %n tecken</numerusform>
            <numerusform>ett telefonnummer har högst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>typed with &apos;+&apos;: the country code was kept as typed</source>
        <translation>inskrivet med &apos;+&apos;: landsnumret behölls som det skrevs</translation>
    </message>
    <message>
        <source>the trunk digit %1 at the start became the prefix %2</source>
        <translation>inledande nollsiffran %1 ersattes med prefixet %2</translation>
    </message>
    <message>
        <source>the prefix %1 was added in front</source>
        <translation>prefixet %1 lades till först</translation>
    </message>
    <message>
        <source>it began with the country code %1 without &apos;+&apos;, and had the length of a whole number</source>
        <translation>det började med landsnumret %1 utan &apos;+&apos; och hade längden av ett fullständigt nummer</translation>
    </message>
    <message>
        <source>taken as typed (normalisation is off)</source>
        <translation>taget som det skrevs (normaliseringen är av)</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL server %1 refused the login of user &apos;%2&apos;: check the user name and password.</source>
        <translation>PostgreSQL-servern %1 avvisade inloggningen för användaren &apos;%2&apos;: kontrollera användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no database &apos;%2&apos;. Ask its administrator to create it.</source>
        <translation>PostgreSQL-servern %1 har ingen databas &apos;%2&apos;. Be serverns administratör att skapa den.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1. Check the host name and port, and that the server is running and accepts connections from this computer. (%2)</source>
        <translation>Det går inte att nå PostgreSQL-servern %1. Kontrollera värdnamn och port, och att servern körs och tar emot anslutningar från den här datorn. (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Den säkra anslutningen till %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>Det går inte att öppna PostgreSQL-lagringen %1: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lås efter:</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min utan aktivitet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Minutes without activity before the console locks</source>
        <translation>Minuter utan aktivitet innan konsolen låses</translation>
    </message>
    <message>
        <source>0 means never. The default is %1 minutes.</source>
        <translation>0 betyder aldrig. Standard är %1 minuter.</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the console wipes the store key from memory and hides its pages until the store&apos;s passphrase (or this computer&apos;s keychain) unlocks it. File → Lock Now (Ctrl+L) locks at once. This preference applies to this computer only.</source>
        <translation>Utan inmatning från tangentbord eller mus under så här lång tid raderar konsolen lagringsnyckeln från minnet och döljer sina sidor tills lagringens lösenfras (eller den här datorns nyckelring) låser upp den. Arkiv → Lås nu (Ctrl+L) låser genast. Inställningen gäller endast den här datorn.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Det går inte att skapa mappen %1.</translation>
    </message>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>Det går inte att skapa filen %1: %2</translation>
    </message>
</context>
<context>
    <name>ProviderServersPage</name>
    <message>
        <source>Provider servers</source>
        <translation>Providerservrar</translation>
    </message>
    <message>
        <source>Open a store to see its provider servers.</source>
        <translation>Öppna en lagring för att se dess providerservrar.</translation>
    </message>
    <message>
        <source>No provider server has registered with this store yet. Start smsotp-server with this store&apos;s URL on each sign-in server.</source>
        <translation>Ingen providerserver har registrerat sig i denna lagring ännu. Starta smsotp-server med lagringens URL på varje inloggningsserver.</translation>
    </message>
    <message>
        <source>Running: %1. Silent: %2. Stopped: %3. Updated every %4 seconds.</source>
        <translation>Körs: %1. Tysta: %2. Stoppade: %3. Uppdateras var %4:e sekund.</translation>
    </message>
    <message>
        <source>Every smsotp-server that uses this store writes a heartbeat every few seconds. A server without a heartbeat for more than a minute is marked silent: it may have crashed, hung or lost its connection to the store.</source>
        <translation>Varje smsotp-server som använder denna lagring skriver ett livstecken med några sekunders mellanrum. En server utan livstecken på mer än en minut markeras som tyst: den kan ha kraschat, hängt sig eller tappat anslutningen till lagringen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
</context>
<context>
    <name>RegisterAuthenticatorDialog</name>
    <message>
        <source>Enter the login and the phone number.</source>
        <translation>Ange inloggningsnamnet och telefonnumret.</translation>
    </message>
    <message>
        <source>Register SMS Authenticator</source>
        <translation>Registrera SMS-autentiserare</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>The user&apos;s account name, as they sign in.</source>
        <translation>Användarens kontonamn, så som det anges vid inloggning.</translation>
    </message>
    <message>
        <source>The person&apos;s name, to recognise them when they call (optional).</source>
        <translation>Personens namn, så att du känner igen personen när den ringer (valfritt).</translation>
    </message>
    <message>
        <source>Any usual spelling: it is normalised by the Phone format rules and stored encrypted.</source>
        <translation>Valfritt vanligt skrivsätt: numret normaliseras enligt reglerna under Telefonnummerformat och lagras krypterat.</translation>
    </message>
    <message>
        <source>A note for the help desk (optional).</source>
        <translation>En anteckning för helpdesk (valfritt).</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
</context>
<context>
    <name>RowLoop</name>
    <message>
        <source>%1 stopped part way because the store could not be read (%2). The store may be damaged: restore it from a backup or ask its administrator.</source>
        <translation>%1 avbröts halvvägs eftersom lagringen inte kunde läsas (%2). Lagringen kan vara skadad: återställ den från en säkerhetskopia eller kontakta dess administratör.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Cannot Reload</source>
        <translation>Det går inte att läsa in igen</translation>
    </message>
    <message>
        <source>Your changes were dropped; the page shows the saved settings.</source>
        <translation>Dina ändringar har tagits bort; sidan visar de sparade inställningarna.</translation>
    </message>
    <message>
        <source>enter a whole number from %1 to %2</source>
        <translation>ange ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>Ingenting sparades: rätta de markerade fälten ovan.</translation>
    </message>
    <message>
        <source>Saved at %1 as version %2.</source>
        <translation>Sparat kl. %1 som version %2.</translation>
    </message>
    <message>
        <source>Cannot Save %1</source>
        <translation>Det går inte att spara %1</translation>
    </message>
    <message>
        <source>Not saved: another console saved this section meanwhile.</source>
        <translation>Inte sparat: en annan konsol har sparat det här avsnittet under tiden.</translation>
    </message>
    <message>
        <source>No store is open. Use File → Open Store… to open one.</source>
        <translation>Ingen lagring är öppen. Använd Arkiv → Öppna lagring… för att öppna en.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Every saved version of this section, who saved it and what changed; restore one.</source>
        <translation>Alla sparade versioner av det här avsnittet, vem som sparade dem och vad som ändrades; återställ en av dem.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved settings again.</source>
        <translation>Ta bort dina ändringar och visa de sparade inställningarna igen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save this section to the store (Ctrl+S). Other sections are not touched.</source>
        <translation>Spara det här avsnittet i lagringen (Ctrl+S). Andra avsnitt påverkas inte.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Your store login (%1) may read the settings but not change them; only the administrator role may. Ask the store&apos;s administrator (smsotp-cli store grant).</source>
        <translation>Din lagringsinloggning (%1) får läsa inställningarna men inte ändra dem; det får bara rollen administratör. Be lagringens administratör om en roll (smsotp-cli store grant).</translation>
    </message>
    <message>
        <source>The stored settings of this section are damaged: %1
No one-time passwords are sent or accepted until it is repaired. Open the history and restore a good version, or save the values shown here (the defaults).</source>
        <translation>De lagrade inställningarna för detta avsnitt är skadade: %1
Inga engångslösenord skickas eller godtas förrän det har reparerats. Öppna historiken och återställ en fungerande version, eller spara värdena som visas här (standardvärdena).</translation>
    </message>
    <message>
        <source>Open History to Restore…</source>
        <translation>Öppna historiken för att återställa…</translation>
    </message>
    <message>
        <source>Restore a version of this section that was saved before it was damaged.</source>
        <translation>Återställ en version av detta avsnitt som sparades innan det skadades.</translation>
    </message>
    <message>
        <source>Cannot Read %1</source>
        <translation>Det går inte att läsa %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 while you were editing this page. Your input is kept; nothing is saved until you choose.</source>
        <translation>Ändrat av %1 (%2) medan du redigerade den här sidan. Dina värden behålls; ingenting sparas förrän du väljer.</translation>
    </message>
    <message>
        <source>%1 changed by %2 at %3.</source>
        <translation>%1 ändrades av %2 (%3).</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (kommandoraden)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Granska…</translation>
    </message>
    <message>
        <source>Compare your input with what is stored now, then keep yours or take the stored one.</source>
        <translation>Jämför dina värden med det som är lagrat nu och behåll sedan dina eller ta det lagrade.</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>connection or TLS failure</source>
        <translation>fel vid anslutning eller TLS</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>autentiseringen misslyckades</translation>
    </message>
    <message>
        <source>phone number rejected</source>
        <translation>telefonnumret avvisades</translation>
    </message>
    <message>
        <source>sender name rejected</source>
        <translation>avsändarnamnet avvisades</translation>
    </message>
    <message>
        <source>too many requests, try again later</source>
        <translation>för många förfrågningar, försök igen senare</translation>
    </message>
    <message>
        <source>other failure</source>
        <translation>annat fel</translation>
    </message>
    <message>
        <source>sent (message id %1)</source>
        <translation>skickat (meddelande-id %1)</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>Det går inte att öppna lagringen: %1</translation>
    </message>
    <message>
        <source>Cannot register the server in the store: %1</source>
        <translation>Det går inte att registrera servern i lagringen: %1</translation>
    </message>
    <message>
        <source>started on %1 listening on %2 (version %3)</source>
        <translation>startad på %1, lyssnar på %2 (version %3)</translation>
    </message>
    <message>
        <source>Cannot write to the store: %1</source>
        <translation>Det går inte att skriva till lagringen: %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n request(s)</source>
        <translation>
            <numerusform>stoppad efter %n förfrågan</numerusform>
            <numerusform>stoppad efter %n förfrågningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHeartbeat</name>
    <message numerus="yes">
        <source>store connection lost at %1, restored after %n second(s): %2</source>
        <translation>
            <numerusform>anslutningen till lagringen bröts %1, återställd efter %n sekund: %2</numerusform>
            <numerusform>anslutningen till lagringen bröts %1, återställd efter %n sekunder: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Det går inte att läsa lösenfrasfilen %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Lösenfrasfilen %1 kan läsas av andra användare; ge bara ägaren åtkomst (chmod 600).</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT with a numeric address, for example 127.0.0.1:8443 or [::1]:8443; got &apos;%1&apos;.</source>
        <translation>--listen kräver ADDRESS:PORT med en numerisk adress, till exempel 127.0.0.1:8443 eller [::1]:8443; fick &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--log-format is plain or json; got &apos;%1&apos;.</source>
        <translation>--log-format är plain eller json; fick &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--workers is a number from 1 to %1; got &apos;%2&apos;.</source>
        <translation>--workers är ett tal från 1 till %1; fick &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>Ange både --tls-cert och --tls-key, eller ingen av dem.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only on a loopback address; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>Okrypterad HTTP tillåts bara på en loopback-adress; ange --tls-cert och --tls-key för att lyssna på %1.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;; see smsotp-server --help.</source>
        <translation>Okänt argument &apos;%1&apos;; se smsotp-server --help.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 kräver ett värde.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Det går inte att läsa konfigurationsfilen %1.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Konfigurationsfilen %1 är inte en giltig INI-fil.</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; in %2.</source>
        <translation>Okänd nyckel &apos;%1&apos; i %2.</translation>
    </message>
    <message>
        <source>The server needs the store&apos;s passphrase: give --passphrase-file FILE, set SMSOTP_PASSPHRASE, or provide the credential &apos;passphrase&apos;.</source>
        <translation>Servern behöver lagringens lösenfras: ange --passphrase-file FILE, sätt SMSOTP_PASSPHRASE eller tillhandahåll autentiseringsuppgiften &apos;passphrase&apos;.</translation>
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
        <translation>Användning: smsotp-server [alternativ]
SMS OTP-providern som HTTPS-tjänst (API under /api/v1, se docs/api.md).

  --store URL               lagringen (sqlite:///path.db eller postgresql://user@host:port/db)
  --listen ADDRESS:PORT     var servern lyssnar (standard 127.0.0.1:8443; [::1]:8443 för IPv6)
  --tls-cert FILE           servercertifikatet (PEM, med sin kedja)
  --tls-key FILE            dess privata nyckel (PEM); utan båda endast okrypterad HTTP
                            på loopback
  --passphrase-file FILE    lagringsnyckelns lösenfras (annars SMSOTP_PASSPHRASE eller
                            $CREDENTIALS_DIRECTORY/passphrase)
  --config FILE             en INI-fil med nycklarna store, listen, tls-cert, tls-key,
                            passphrase-file, log-format, workers, request-timeout,
                            metrics-without-token; kommandoraden har företräde
  --log-format plain|json   en rad per post på stderr (standard plain)
  --workers N               lagringsanslutningar som betjänar förfrågningar (1-%1,
                            standard 8)
  --request-timeout SECONDS en hel förfrågan (rubriker och brödtext) måste komma fram inom
                            denna tid från att anslutningen öppnades eller från föregående
                            svar, annars stängs anslutningen (1-%2, standard 10)
  --metrics-without-token ADDRESSES
                            kommaseparerade adresser eller CIDR-intervall som får läsa
                            /metrics utan token (standard ingen: en token med
                            behörigheten metrics:read krävs)
  --version                 skriv ut versionen
  --help                    skriv ut denna hjälp

Slutstatus: 0 efter en ren avstängning (SIGTERM eller SIGINT), 1 när servern inte kan starta,
2 vid felaktig användning.
</translation>
    </message>
    <message>
        <source>--request-timeout is a number of seconds from 1 to %1; got &apos;%2&apos;.</source>
        <translation>--request-timeout är ett antal sekunder från 1 till %1; fick &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--metrics-without-token takes addresses or CIDR ranges separated by commas, for example 127.0.0.1,10.0.5.0/24; &apos;%1&apos; is not one.</source>
        <translation>--metrics-without-token tar adresser eller CIDR-intervall åtskilda med kommatecken, till exempel 127.0.0.1,10.0.5.0/24; &apos;%1&apos; är ogiltigt.</translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>Forgetting old provider servers</source>
        <translation>Rensning av gamla providerservrar</translation>
    </message>
    <message>
        <source>Registering the provider server</source>
        <translation>Registrering av providerservern</translation>
    </message>
    <message>
        <source>The store did not return the new server&apos;s id.</source>
        <translation>Lagringen returnerade inte den nya serverns id.</translation>
    </message>
    <message>
        <source>The provider server %1 is not registered in the store (it may have been forgotten after %2 days of silence).</source>
        <translation>Providerservern %1 är inte registrerad i lagringen (den kan ha glömts efter %2 dagars tystnad).</translation>
    </message>
    <message>
        <source>Writing the provider server&apos;s heartbeat</source>
        <translation>Skrivning av providerserverns livstecken</translation>
    </message>
    <message>
        <source>Marking the provider server stopped</source>
        <translation>Markering av providerservern som stoppad</translation>
    </message>
    <message>
        <source>Reading the provider servers</source>
        <translation>Läsning av providerservrarna</translation>
    </message>
    <message>
        <source>Reading the provider servers failed: %1</source>
        <translation>Läsningen av providerservrarna misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n min</source>
        <translation>
            <numerusform>Tyst i %n min</numerusform>
            <numerusform>Tyst i %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n h</source>
        <translation>
            <numerusform>Tyst i %n h</numerusform>
            <numerusform>Tyst i %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n days</source>
        <translation>
            <numerusform>Tyst i %n dag</numerusform>
            <numerusform>Tyst i %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>No heartbeat for more than a minute: the server may have crashed, hung, or lost its connection to the store.</source>
        <translation>Inget livstecken på mer än en minut: servern kan ha kraschat, hängt sig eller tappat anslutningen till lagringen.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Lyssnar på</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Senaste livstecken</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Betjänade förfrågningar</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>  servers list [--json]            the provider servers of this store; one without a heartbeat
                                   for over a minute is &quot;silent&quot;
</source>
        <translation>  servers list [--json]            lagringens providerservrar; en utan livstecken på mer än
                                   en minut är &quot;silent&quot; (tyst)
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli servers list [--json]</source>
        <translation>Användning: smsotp-cli servers list [--json]</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>unknown settings section</source>
        <translation>okänt inställningsavsnitt</translation>
    </message>
    <message>
        <source>must be an object of settings</source>
        <translation>måste vara ett objekt med inställningar</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>ogiltig JSON vid tecken %1: %2</translation>
    </message>
    <message>
        <source>a settings file must hold one JSON object with a member per section</source>
        <translation>en inställningsfil måste innehålla ett JSON-objekt med en medlem per avsnitt</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a settings file may hold.</source>
        <translation>%1 är större än %2 byte, det mesta en inställningsfil får innehålla.</translation>
    </message>
    <message>
        <source>the settings file is %1 bytes; it may hold at most %2 bytes</source>
        <translation>inställningsfilen är %1 byte; den får innehålla högst %2 byte</translation>
    </message>
    <message>
        <source>is given more than once; give every setting once</source>
        <translation>anges mer än en gång; ange varje inställning en gång</translation>
    </message>
</context>
<context>
    <name>SettingsChangeModel</name>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
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
        <translation>  settings export [FILE]           alla inställningar som JSON (utan hemligheter)
  settings import FILE [--dry-run] kontrollera hela filen och spara den sedan (eller visa bara ändringarna)
  settings get KEY                 ett avsnitt eller fält, till exempel block.attemptsBeforeBlock
  settings set KEY=VALUE...        ändra fält; true|false, tal, text eller JSON för listor
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | set KEY=VALUE...</source>
        <translation>Användning: smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | set KEY=VALUE...</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings export [FILE]</source>
        <translation>Användning: smsotp-cli settings export [FILE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>Inställningarna exporterades till %1.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings import FILE [--dry-run]</source>
        <translation>Användning: smsotp-cli settings import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>No changes: the store already has these settings.</source>
        <translation>Inga ändringar: lagringen har redan de här inställningarna.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Testkörning: ingenting skrevs.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings get KEY</source>
        <translation>Användning: smsotp-cli settings get KEY</translation>
    </message>
    <message>
        <source>Unknown settings section &apos;%1&apos;. Sections: %2</source>
        <translation>Okänt inställningsavsnitt &apos;%1&apos;. Avsnitt: %2</translation>
    </message>
    <message>
        <source>%1 is write-only: secrets are never shown.</source>
        <translation>%1 kan bara skrivas: hemligheter visas aldrig.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Fields of %2: %3</source>
        <translation>Okänd inställning &apos;%1&apos;. Fält i %2: %3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be JSON: %1</source>
        <translation>måste vara JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON list [...]</source>
        <translation>måste vara en JSON-lista [...]</translation>
    </message>
    <message>
        <source>must be a JSON object {...}</source>
        <translation>måste vara ett JSON-objekt {...}</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings set KEY=VALUE...</source>
        <translation>Användning: smsotp-cli settings set KEY=VALUE...</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE with KEY like block.attemptsBeforeBlock.</source>
        <translation>&apos;%1&apos; är inte KEY=VALUE med en KEY som block.attemptsBeforeBlock.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these values:</source>
        <translation>Ingenting ändrades. Rätta de här värdena:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>The values shown for a damaged section are the defaults. Repair it with settings import or settings set, or restore it from its history in the console.</source>
        <translation>Värdena som visas för ett skadat avsnitt är standardvärdena. Reparera det med settings import eller settings set, eller återställ det från dess historik i konsolen.</translation>
    </message>
    <message>
        <source>gives %1 more than once</source>
        <translation>anger %1 mer än en gång</translation>
    </message>
</context>
<context>
    <name>SettingsHistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Access rights</source>
        <translation>Åtkomsträttigheter</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Spärr</translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation>Skydd mot SMS-bedrägeri</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Meddelandeformat</translation>
    </message>
    <message>
        <source>Phone format</source>
        <translation>Telefonnummerformat</translation>
    </message>
    <message>
        <source>OTP generation</source>
        <translation>Generering av engångslösenord</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>Tillåtna IP-adresser</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Reading settings</source>
        <translation>Läsning av inställningar</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s secrets</source>
        <translation>Läsning av gatewayens hemligheter</translation>
    </message>
    <message>
        <source>Nothing was saved: some values are not valid.</source>
        <translation>Ingenting sparades: vissa värden är ogiltiga.</translation>
    </message>
    <message>
        <source>Another console saved &quot;%1&quot; since you opened it (version %2, yours is %3). Reload to see the other changes, or overwrite them.</source>
        <translation>En annan konsol har sparat ”%1” sedan du öppnade det (version %2, din är %3). Läs in igen för att se de andra ändringarna, eller skriv över dem.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Sparande av inställningar</translation>
    </message>
    <message>
        <source>Another console saved &quot;%1&quot; at the same moment. Reload and try again.</source>
        <translation>En annan konsol sparade ”%1” i samma ögonblick. Läs in igen och försök på nytt.</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>inga ändringar</translation>
    </message>
    <message>
        <source>Recording settings history</source>
        <translation>Lagring av inställningshistorik</translation>
    </message>
    <message>
        <source>Reading settings history</source>
        <translation>Läsning av inställningshistorik</translation>
    </message>
    <message>
        <source>The stored settings of section %1 are damaged: %2</source>
        <translation>De lagrade inställningarna för avsnittet %1 är skadade: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>ogiltig JSON vid tecken %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>
Restore the section from its history in the console (Settings → History), or import a good settings file.</source>
        <translation>
Återställ avsnittet från dess historik i konsolen (Inställningar → Historik), eller importera en fungerande inställningsfil.</translation>
    </message>
    <message>
        <source>Reading the stored secrets</source>
        <translation>Läsning av de lagrade hemligheterna</translation>
    </message>
    <message>
        <source>The secret %1 cannot be decrypted: %2</source>
        <translation>Hemligheten %1 kan inte dekrypteras: %2</translation>
    </message>
    <message>
        <source>The %1 of &quot;%2&quot; can only be saved once the store key is unlocked (enter the store&apos;s passphrase).</source>
        <translation>%1 för &quot;%2&quot; kan sparas först när lagringsnyckeln är upplåst (ange lagringens lösenfras).</translation>
    </message>
    <message>
        <source>Saving the stored secrets</source>
        <translation>Sparande av de lagrade hemligheterna</translation>
    </message>
    <message>
        <source>No changes: the store already has these settings.</source>
        <translation>Inga ändringar: lagringen har redan de här inställningarna.</translation>
    </message>
</context>
<context>
    <name>SettingsSession</name>
    <message>
        <source>No store is open.</source>
        <translation>Ingen lagring är öppen.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <source>Cannot Export Settings</source>
        <translation>Det går inte att exportera inställningarna</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>Cannot Import Settings</source>
        <translation>Det går inte att importera inställningarna</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; nothing was changed.

%2</source>
        <translation>%1 är inte en giltig inställningsfil; ingenting ändrades.

%2</translation>
    </message>
</context>
<context>
    <name>SmsApiGateway</name>
    <message>
        <source>SMSAPI found no valid phone number.</source>
        <translation>SMSAPI hittade inget giltigt telefonnummer.</translation>
    </message>
    <message>
        <source>SMSAPI refused the sender name; it must be registered in the SMSAPI portal.</source>
        <translation>SMSAPI avvisade avsändarnamnet; det måste vara registrerat i SMSAPI-portalen.</translation>
    </message>
    <message>
        <source>SMSAPI refused the token.</source>
        <translation>SMSAPI avvisade token.</translation>
    </message>
    <message>
        <source>SMSAPI does not allow requests from this computer&apos;s address (IP filter in the SMSAPI portal).</source>
        <translation>SMSAPI tillåter inte förfrågningar från den här datorns adress (IP-adressfiltrering i SMSAPI-portalen).</translation>
    </message>
    <message>
        <source>SMSAPI had an internal failure; try again later.</source>
        <translation>SMSAPI fick ett internt fel; försök igen senare.</translation>
    </message>
    <message>
        <source>SMSAPI received too many requests; try again later.</source>
        <translation>SMSAPI har tagit emot för många förfrågningar; försök igen senare.</translation>
    </message>
    <message>
        <source>The SMSAPI account has no credit left.</source>
        <translation>SMSAPI-kontot har inget saldo kvar.</translation>
    </message>
    <message>
        <source>SMSAPI refused the message: too long or empty.</source>
        <translation>SMSAPI avvisade meddelandet: för långt eller tomt.</translation>
    </message>
    <message>
        <source>SMSAPI refused the request (error %1).</source>
        <translation>SMSAPI avvisade förfrågan (fel %1).</translation>
    </message>
    <message>
        <source>SMSAPI&apos;s answer is not in the expected form.</source>
        <translation>SMSAPI:s svar har inte den förväntade formen.</translation>
    </message>
</context>
<context>
    <name>SmsEncoding</name>
    <message>
        <source>%1 characters, %2, %3 SMS</source>
        <translation>%1 tecken, %2, %3 SMS</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>This gateway has no connection check.</source>
        <translation>Den här gatewayen har ingen anslutningskontroll.</translation>
    </message>
</context>
<context>
    <name>SmsProxyGateway</name>
    <message>
        <source>SMS Proxy needs an https:// address: it works over mutual TLS only.</source>
        <translation>SMS Proxy kräver en https://-adress: den fungerar endast med ömsesidig TLS.</translation>
    </message>
    <message>
        <source>Enter the SMS Proxy server&apos;s certificate thumbprint.</source>
        <translation>Ange tumavtrycket för SMS Proxy-serverns certifikat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>The SMS Proxy server&apos;s certificate has thumbprint %1, not the configured %2: the connection was refused and nothing was sent.</source>
        <translation>SMS Proxy-serverns certifikat har tumavtrycket %1, inte det konfigurerade %2: anslutningen avvisades och ingenting skickades.</translation>
    </message>
</context>
<context>
    <name>SpamGuard</name>
    <message>
        <source>Potential spam attack detected</source>
        <translation>Möjligt SMS-bedrägeri upptäckt</translation>
    </message>
    <message>
        <source>Reading the spam protection state</source>
        <translation>Läsning av tillståndet för skyddet mot SMS-bedrägeri</translation>
    </message>
    <message>
        <source>Reading the spam protection counters</source>
        <translation>Läsning av räknarna för skyddet mot SMS-bedrägeri</translation>
    </message>
    <message>
        <source>Counting messages</source>
        <translation>Räkning av meddelanden</translation>
    </message>
    <message>
        <source>Pruning message counters</source>
        <translation>Rensning av meddelanderäknare</translation>
    </message>
    <message>
        <source>Saving the spam protection state</source>
        <translation>Sparande av tillståndet för skyddet mot SMS-bedrägeri</translation>
    </message>
    <message>
        <source>Sending resumed: %1</source>
        <translation>Sändningen återupptagen: %1</translation>
    </message>
    <message>
        <source>spam protection was turned off</source>
        <translation>skyddet mot SMS-bedrägeri stängdes av</translation>
    </message>
    <message numerus="yes">
        <source>the suspension of %n second(s) has passed</source>
        <translation>
            <numerusform>pausen på %n sekund har löpt ut</numerusform>
            <numerusform>pausen på %n sekunder har löpt ut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the messages in the window led to a sign-in</source>
        <translation>%1 % av meddelandena i fönstret ledde till en inloggning</translation>
    </message>
    <message>
        <source>Potential spam attack detected. Sending suspended. %1 messages in %2 s, %3 successful sign-ins (%4%, minimum %5%); suspended for %2 s.</source>
        <translation>Möjligt SMS-bedrägeri upptäckt. Sändningen har pausats. %1 meddelanden på %2 s, %3 lyckade inloggningar (%4 %, minst %5 %); pausad i %2 s.</translation>
    </message>
</context>
<context>
    <name>SpamProtectionSettingsPage</name>
    <message>
        <source>No store is open.</source>
        <translation>Ingen lagring är öppen.</translation>
    </message>
    <message>
        <source>The present state cannot be read: %1</source>
        <translation>Det aktuella tillståndet kan inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n second(s): </source>
        <translation>
            <numerusform>Under senaste %n sekund: </numerusform>
            <numerusform>Under senaste %n sekunder: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, </source>
        <translation>
            <numerusform>%n meddelande skickat, </numerusform>
            <numerusform>%n meddelanden skickade, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successful sign-in(s) (%1%).</source>
        <translation>
            <numerusform>%n lyckad inloggning (%1 %).</numerusform>
            <numerusform>%n lyckade inloggningar (%1 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam protection is off: messages are always sent.</source>
        <translation>Skyddet mot SMS-bedrägeri är avstängt: meddelanden skickas alltid.</translation>
    </message>
    <message>
        <source>✓ Sending normally.</source>
        <translation>✓ Sändningen fungerar normalt.</translation>
    </message>
    <message>
        <source>Suspends sending when many messages lead to few sign-ins, the mark of an SMS pumping attack. The counts are shared by every provider server using this store.</source>
        <translation>Pausar sändningen när många meddelanden leder till få inloggningar, vilket är kännetecknet för en SMS-pumpningsattack. Räknarna delas av alla providerservrar som använder den här lagringen.</translation>
    </message>
    <message>
        <source>&amp;Protect against spam</source>
        <translation>S&amp;kydda mot SMS-bedrägeri</translation>
    </message>
    <message>
        <source>When ticked, sending is suspended for one window when more messages than the threshold bring too few sign-ins (event 2090); it resumes by itself (event 1118).</source>
        <translation>När rutan är markerad pausas sändningen under ett fönster när fler meddelanden än tröskelvärdet ger för få inloggningar (händelse 2090); den återupptas av sig själv (händelse 1118).</translation>
    </message>
    <message>
        <source>Evaluation &amp;window:</source>
        <translation>Utvärderings&amp;fönster:</translation>
    </message>
    <message>
        <source>The period over which messages and sign-ins are counted, and the length of a suspension (%1–%2 s, default 600).</source>
        <translation>Perioden under vilken meddelanden och inloggningar räknas, och längden på en paus (%1–%2 s, standard 600).</translation>
    </message>
    <message>
        <source>&amp;Threshold of messages:</source>
        <translation>&amp;Tröskel för antal meddelanden:</translation>
    </message>
    <message>
        <source>Sending can be suspended only when more messages than this were sent within the window (default 20).</source>
        <translation>Sändningen kan pausas endast när fler meddelanden än så här har skickats inom fönstret (standard 20).</translation>
    </message>
    <message>
        <source>&amp;Minimum success:</source>
        <translation>&amp;Minsta andel lyckade:</translation>
    </message>
    <message>
        <source>The share of sent messages that must lead to a successful sign-in (0–100 %, default 85).</source>
        <translation>Andelen skickade meddelanden som måste leda till en lyckad inloggning (0–100 %, standard 85).</translation>
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
        <translation>Nu</translation>
    </message>
    <message>
        <source>Present state of spam protection</source>
        <translation>Aktuellt tillstånd för skyddet mot SMS-bedrägeri</translation>
    </message>
    <message>
        <source>Messages and sign-ins over the evaluation window</source>
        <translation>Meddelanden och inloggningar under utvärderingsfönstret</translation>
    </message>
    <message>
        <source>Running totals over the evaluation window ending now, with the saved threshold and the sign-ins the minimum percent asks for.</source>
        <translation>Löpande summor för utvärderingsfönstret som slutar nu, med det sparade tröskelvärdet och de inloggningar som minsta andel kräver.</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Skickade meddelanden</translation>
    </message>
    <message>
        <source>Successful sign-ins</source>
        <translation>Lyckade inloggningar</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Tröskelvärde</translation>
    </message>
    <message>
        <source>Sign-ins needed (minimum %)</source>
        <translation>Nödvändiga inloggningar (minsta %)</translation>
    </message>
    <message>
        <source>⚠ Sending is SUSPENDED until %1: potential spam attack detected at %2 — more than %3 messages in the window with fewer than %4% leading to a sign-in.</source>
        <translation>⚠ Sändningen är PAUSAD till %1: möjligt SMS-bedrägeri upptäckt %2 — fler än %3 meddelanden i fönstret där färre än %4 % ledde till en inloggning.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent in the last %n second(s).</source>
        <translation>
            <numerusform>Inget skickades under den senaste %n sekunden.</numerusform>
            <numerusform>Inget skickades under de senaste %n sekunderna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpamStatusQuery</name>
    <message>
        <source>Reading the spam protection state</source>
        <translation>Läsning av tillståndet för skyddet mot SMS-bedrägeri</translation>
    </message>
    <message>
        <source>Reading the spam protection counters</source>
        <translation>Läsning av räknarna för skyddet mot SMS-bedrägeri</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>The file %1 is not an SMS OTP store or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation>Filen %1 är inte en SMS OTP-lagring eller så är den skadad (%2). Återställ den från en säkerhetskopia eller välj en annan fil.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. Check the file&apos;s permissions.</source>
        <translation>Lagringen %1 är skrivskyddad. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Det går inte att öppna lagringen %1: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 stores are not supported by this version yet.</source>
        <translation>Lagringar av typen %1 stöds inte ännu i den här versionen.</translation>
    </message>
    <message>
        <source>The Qt driver %1 for %2 is not installed.</source>
        <translation>Qt-drivrutinen %1 för %2 är inte installerad.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with &quot;smsotp-cli store init&quot;.</source>
        <translation>Det finns ingen lagring på %1. Skapa en med &quot;smsotp-cli store init&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är inte en fil.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. Check the file&apos;s permissions.</source>
        <translation>Lagringen %1 är skrivskyddad. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Det går inte att läsa schemaversionen för %1: %2</translation>
    </message>
    <message>
        <source>%1 holds other data and is not an SMS OTP store.</source>
        <translation>%1 innehåller andra data och är inte en SMS OTP-lagring.</translation>
    </message>
    <message>
        <source>The store %1 is not initialised yet. Run &quot;smsotp-cli store init&quot; first.</source>
        <translation>Lagringen %1 är inte initierad än. Kör &quot;smsotp-cli store init&quot; först.</translation>
    </message>
    <message>
        <source>The store %1 was created by a newer version of SMS OTP Console (schema %2; this program knows up to %3). Update this program to open it.</source>
        <translation>Lagringen %1 skapades av en nyare version av SMS OTP Console (schema %2; det här programmet känner till upp till %3). Uppdatera programmet för att öppna den.</translation>
    </message>
    <message>
        <source>The store %1 has no identity; it is damaged.</source>
        <translation>Lagringen %1 saknar identitet; den är skadad.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Det går inte att starta en transaktion i %1: %2</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Det går inte att spara i %1: %2</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation>%1 misslyckades i %2: %3</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Sparande av %1</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; has no role in the store %2, so it may not read it. Ask the store&apos;s administrator to run &quot;smsotp-cli store grant %1 auditor&quot; (or helpdesk, or administrator).</source>
        <translation>Inloggningen &apos;%1&apos; har ingen roll i lagringen %2 och får därför inte läsa den. Be lagringens administratör köra &quot;smsotp-cli store grant %1 auditor&quot; (eller helpdesk, eller administrator).</translation>
    </message>
    <message>
        <source>The store %1 needs its schema brought up to date (version %2 to %3), which only its administrator may do: ask them to run &quot;smsotp-cli store init&quot; with this version of the program. Your login is %4.</source>
        <translation>Lagringens %1 schema behöver uppdateras (från version %2 till %3), vilket bara dess administratör får göra: be administratören köra &quot;smsotp-cli store init&quot; med den här versionen av programmet. Din inloggning är %4.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sparande</translation>
    </message>
    <message>
        <source>Your store login (%1) may not do this: the database refused &quot;%2&quot; in %3. Ask the store&apos;s administrator for a role that allows it.</source>
        <translation>Din lagringsinloggning (%1) får inte göra detta: databasen nekade &quot;%2&quot; i %3. Be lagringens administratör om en roll som tillåter det.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Servern stängde anslutningen.</translation>
    </message>
    <message>
        <source>Cannot read the identity of the store %1.</source>
        <translation>Det går inte att läsa identiteten för lagringen %1.</translation>
    </message>
    <message>
        <source>%1 now holds a different store (identity %2, expected %3).</source>
        <translation>%1 innehåller nu en annan lagring (identitet %2, förväntad %3).</translation>
    </message>
    <message>
        <source>The connection to the store %1 is lost, so nothing was read or changed. Try again once it is restored.</source>
        <translation>Anslutningen till lagringen %1 har brutits, så ingenting lästes eller ändrades. Försök igen när den har återställts.</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>help desk</source>
        <translation>helpdesk</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>revisor</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The store was created, but it has no key yet: %1</source>
        <translation>Lagringen skapades, men den har ingen nyckel än: %1</translation>
    </message>
    <message>
        <source>Store key created (fingerprint %1).</source>
        <translation>Lagringsnyckel skapad (fingeravtryck %1).</translation>
    </message>
    <message>
        <source>Store ready: %1 (%2), schema version %3.</source>
        <translation>Lagringen är klar: %1 (%2), schemaversion %3.</translation>
    </message>
    <message>
        <source>Dialect:        %1</source>
        <translation>Dialekt:        %1</translation>
    </message>
    <message>
        <source>Location:       %1</source>
        <translation>Plats:          %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversion:  %1 (det här programmet: %2)</translation>
    </message>
    <message>
        <source>UUID:           %1</source>
        <translation>UUID:           %1</translation>
    </message>
    <message>
        <source>Store key:      %1</source>
        <translation>Lagringsnyckel: %1</translation>
    </message>
    <message>
        <source>present, protected by a passphrase</source>
        <translation>finns, skyddad med en lösenfras</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>inte skapad än</translation>
    </message>
    <message>
        <source>Authenticators: %1</source>
        <translation>Autentiserare:  %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Händelser:      %1</translation>
    </message>
    <message>
        <source>  store init                       create the store (or bring its schema up to date) and its key
  store info                       dialect, location, schema version, identity, your role
  store grant LOGIN ROLE           PostgreSQL: make LOGIN administrator, helpdesk or auditor
  store revoke LOGIN               PostgreSQL: take every store role from LOGIN
  store roles                      PostgreSQL: who holds which role
</source>
        <translation>  store init                       skapa lagringen (eller uppdatera dess schema) och dess nyckel
  store info                       dialekt, plats, schemaversion, identitet, din roll
  store grant LOGIN ROLE           PostgreSQL: gör LOGIN till administrator, helpdesk eller auditor
  store revoke LOGIN               PostgreSQL: ta alla lagringsroller från LOGIN
  store roles                      PostgreSQL: vem som har vilken roll
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli store init | info | grant LOGIN administrator|helpdesk|auditor | revoke LOGIN | roles</source>
        <translation>Användning: smsotp-cli store init | info | grant LOGIN administrator|helpdesk|auditor | revoke LOGIN | roles</translation>
    </message>
    <message>
        <source>Your role:      %1</source>
        <translation>Din roll:       %1</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use administrator, helpdesk or auditor.</source>
        <translation>Okänd roll &apos;%1&apos;: använd administrator, helpdesk eller auditor.</translation>
    </message>
    <message>
        <source>%1 is now %2 of this store (role %3).</source>
        <translation>%1 är nu %2 i den här lagringen (roll %3).</translation>
    </message>
    <message>
        <source>The table rights were left as they are: only the store&apos;s owner may re-apply them.</source>
        <translation>Tabellrättigheterna lämnades som de var: bara lagringens ägare får tillämpa dem på nytt.</translation>
    </message>
    <message>
        <source>%1 held no role in this store; nothing changed.</source>
        <translation>%1 hade ingen roll i den här lagringen; inget ändrades.</translation>
    </message>
    <message>
        <source>%1 no longer holds a role in this store (was: %2).</source>
        <translation>%1 har inte längre någon roll i den här lagringen (var: %2).</translation>
    </message>
</context>
<context>
    <name>StoreConnectionIndicator</name>
    <message>
        <source>Connection to the store lost — reconnecting (attempt %1)…</source>
        <translation>Anslutningen till lagringen bröts — återansluter (försök %1)…</translation>
    </message>
    <message>
        <source>The console reconnects by itself; unsaved input on the pages is kept. Saving waits until the connection is back.
%1</source>
        <translation>Konsolen återansluter av sig själv; osparade värden på sidorna behålls. Sparandet väntar tills anslutningen är tillbaka.
%1</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The remembered store key is damaged.</source>
        <translation>Den sparade lagringsnyckeln är skadad.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The store&apos;s wrapped key is damaged.</source>
        <translation>Lagringens krypterade nyckel är skadad.</translation>
    </message>
    <message>
        <source>The store&apos;s wrapped key uses parameters this computer cannot derive.</source>
        <translation>Lagringens krypterade nyckel använder parametrar som den här datorn inte kan härleda.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this store.</source>
        <translation>Fel lösenfras för den här lagringen.</translation>
    </message>
</context>
<context>
    <name>StoreKeyController</name>
    <message>
        <source>&amp;Unlock Store Key…</source>
        <translation>&amp;Lås upp lagringsnyckeln…</translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase to work with phone numbers and gateway secrets.</source>
        <translation>Ange lagringens lösenfras för att arbeta med telefonnummer och gatewayens hemligheter.</translation>
    </message>
    <message>
        <source>&amp;Forget Store Key on This Computer</source>
        <translation>&amp;Glöm lagringsnyckeln på den här datorn</translation>
    </message>
    <message>
        <source>Remove the remembered key of this store from the keychain.</source>
        <translation>Ta bort den här lagringens sparade nyckel från nyckelringen.</translation>
    </message>
    <message>
        <source>C&amp;hange Store Passphrase…</source>
        <translation>Än&amp;dra lagringens lösenfras…</translation>
    </message>
    <message>
        <source>Wrap the store key with a new passphrase; nothing is re-encrypted.</source>
        <translation>Kapsla in lagringsnyckeln med en ny lösenfras; ingenting krypteras om.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Nyckelringen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Store key unlocked from this computer&apos;s keychain.</source>
        <translation>Lagringsnyckeln låstes upp från den här datorns nyckelring.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ingen lagring är öppen.</translation>
    </message>
    <message>
        <source>The store key is remembered on this computer.</source>
        <translation>Lagringsnyckeln är sparad på den här datorn.</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Nyckelringen kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <source>The store passphrase was changed.</source>
        <translation>Lagringens lösenfras har ändrats.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the store key; the passphrase is asked at the next opening.</source>
        <translation>Den här datorn kommer inte längre ihåg lagringsnyckeln; lösenfrasen efterfrågas nästa gång lagringen öppnas.</translation>
    </message>
    <message>
        <source>&amp;Create Store Key…</source>
        <translation>S&amp;kapa lagringsnyckel…</translation>
    </message>
    <message>
        <source>This store has no key yet: create one, protected by a passphrase, to work with phone numbers.</source>
        <translation>Lagringen har ännu ingen nyckel: skapa en, skyddad av en lösenfras, för att arbeta med telefonnummer.</translation>
    </message>
    <message>
        <source>The store key was created and is unlocked.</source>
        <translation>Lagringsnyckeln har skapats och är upplåst.</translation>
    </message>
    <message>
        <source>Another console or smsotp-cli has created this store&apos;s key since it was opened here. That key is kept and no other is made: unlock it with its passphrase (File → Unlock Store Key…).</source>
        <translation>En annan konsol eller smsotp-cli har skapat lagringens nyckel sedan den öppnades här. Den nyckeln behålls och ingen annan skapas: lås upp den med dess lösenfras (Arkiv → Lås upp lagringsnyckeln…).</translation>
    </message>
    <message>
        <source>Create Store Key</source>
        <translation>Skapa lagringsnyckel</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in %1.</source>
        <translation>För många felaktiga lösenfraser. Försök igen om %1.</translation>
    </message>
    <message>
        <source>store key unlock refused: the passphrase did not unlock the key</source>
        <translation>upplåsning av lagringsnyckeln avvisades: lösenfrasen låste inte upp nyckeln</translation>
    </message>
    <message numerus="yes">
        <source>store key unlock paused for %n second(s) after %1 wrong passphrases in a row</source>
        <translation>
            <numerusform>upplåsning av lagringsnyckeln pausad i %n sekund efter %1 felaktiga lösenfraser i rad</numerusform>
            <numerusform>upplåsning av lagringsnyckeln pausad i %n sekunder efter %1 felaktiga lösenfraser i rad</numerusform>
        </translation>
    </message>
    <message>
        <source>The event log could not record this: %1</source>
        <translation>Händelseloggen kunde inte registrera detta: %1</translation>
    </message>
</context>
<context>
    <name>StoreKeyVault</name>
    <message>
        <source>This store already has a key.</source>
        <translation>Den här lagringen har redan en nyckel.</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Lagringsnyckel skapad</translation>
    </message>
    <message>
        <source>This store has no key yet. Create one with &quot;smsotp-cli store init&quot; and a passphrase.</source>
        <translation>Den här lagringen har ingen nyckel än. Skapa en med &quot;smsotp-cli store init&quot; och en lösenfras.</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Lagringens lösenfras ändrad</translation>
    </message>
    <message>
        <source>Locking the store for its key</source>
        <translation>Låser lagringen för dess nyckel</translation>
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
        <translation>Inställningarna för autentiseraren Storage SMS OTP, en sida per avsnitt, finns i den här lagringen:</translation>
    </message>
    <message>
        <source>No store is open. Use File → Open store… to open one.</source>
        <translation>Ingen lagring är öppen. Använd Arkiv → Öppna lagring… för att öppna en.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identitet:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Öppna en annan lagring…</translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation>Öppna lagring…</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>The store %1 is a local file: it has no logins and no roles. Whoever may write the file administers the store; protect it with the file&apos;s permissions.</source>
        <translation>Lagringen %1 är en lokal fil: den har inga inloggningar och inga roller. Den som får skriva filen administrerar lagringen; skydda den med filens behörigheter.</translation>
    </message>
    <message>
        <source>Changing the store&apos;s roles</source>
        <translation>Ändring av lagringens roller</translation>
    </message>
    <message>
        <source>Reading the database&apos;s name</source>
        <translation>Läsning av databasens namn</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; is too long for the store&apos;s role names (at most %2 bytes with &quot;_administrator&quot;). Rename the database to use roles.</source>
        <translation>Databasnamnet &apos;%1&apos; är för långt för lagringens rollnamn (högst %2 byte med &quot;_administrator&quot;). Byt namn på databasen för att använda roller.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used as a PostgreSQL role name here.</source>
        <translation>&apos;%1&apos; kan inte användas som rollnamn i PostgreSQL här.</translation>
    </message>
    <message>
        <source>Looking up the role %1</source>
        <translation>Uppslagning av rollen %1</translation>
    </message>
    <message>
        <source>Reading the rights of this login</source>
        <translation>Läsning av den här inloggningens rättigheter</translation>
    </message>
    <message>
        <source>Cannot read the rights of this login.</source>
        <translation>Det går inte att läsa den här inloggningens rättigheter.</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; may not manage the store&apos;s roles: that needs a PostgreSQL login with CREATEROLE (or a superuser). Run this as the store&apos;s owner (%2) if it has CREATEROLE, or ask the database&apos;s administrator.</source>
        <translation>Inloggningen &apos;%1&apos; får inte hantera lagringens roller: det kräver en PostgreSQL-inloggning med CREATEROLE (eller en superanvändare). Kör detta som lagringens ägare (%2) om den har CREATEROLE, eller be databasens administratör.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is one of the store&apos;s own roles; name the login of a person or a service.</source>
        <translation>&apos;%1&apos; är en av lagringens egna roller; ange inloggningen för en person eller en tjänst.</translation>
    </message>
    <message>
        <source>Looking up the login %1</source>
        <translation>Uppslagning av inloggningen %1</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login &apos;%1&apos; on this server. Create it first, for example CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;, then grant it a store role.</source>
        <translation>Det finns ingen PostgreSQL-inloggning &apos;%1&apos; på den här servern. Skapa den först, till exempel CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;, och ge den sedan en lagringsroll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PostgreSQL role that cannot log in; give the store role to a login.</source>
        <translation>&apos;%1&apos; är en PostgreSQL-roll som inte kan logga in; ge lagringsrollen till en inloggning.</translation>
    </message>
    <message>
        <source>Reading the roles of %1</source>
        <translation>Läsning av rollerna för %1</translation>
    </message>
    <message>
        <source>Listing the store&apos;s tables</source>
        <translation>Listning av lagringens tabeller</translation>
    </message>
    <message>
        <source>Listing the store&apos;s sequences</source>
        <translation>Listning av lagringens sekvenser</translation>
    </message>
    <message>
        <source>Reading the store&apos;s schema</source>
        <translation>Läsning av lagringens schema</translation>
    </message>
    <message>
        <source>Reading the rights of %1</source>
        <translation>Läsning av rättigheterna för %1</translation>
    </message>
    <message>
        <source>The store&apos;s roles do not exist yet, and only the store&apos;s owner (%1) may give them rights on its tables. Run the first &quot;store grant&quot; as %1.</source>
        <translation>Lagringens roller finns inte än, och bara lagringens ägare (%1) får ge dem rättigheter till dess tabeller. Kör den första &quot;store grant&quot; som %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; still holds %2, granted by another login; ask that login or a superuser to revoke it.</source>
        <translation>&apos;%1&apos; har fortfarande %2, beviljad av en annan inloggning; be den inloggningen eller en superanvändare att återkalla den.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login &apos;%1&apos; on this server.</source>
        <translation>Det finns ingen PostgreSQL-inloggning &apos;%1&apos; på den här servern.</translation>
    </message>
    <message>
        <source>Reading the members of %1</source>
        <translation>Läsning av medlemmarna i %1</translation>
    </message>
    <message>
        <source>Reading the store&apos;s owner</source>
        <translation>Läsning av lagringens ägare</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>&apos;%1&apos;: a SQLite store needs a full file path after three slashes, for example sqlite:///home/me/store.db</source>
        <translation>&apos;%1&apos;: en SQLite-lagring kräver en fullständig sökväg efter tre snedstreck, till exempel sqlite:///home/me/store.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown kind of store &apos;%2&apos;; use sqlite or postgresql</source>
        <translation>&apos;%1&apos;: okänd typ av lagring &apos;%2&apos;; använd sqlite eller postgresql</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the server&apos;s host name is missing</source>
        <translation>&apos;%1&apos;: serverns värdnamn saknas</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: name the database after the host, for example postgresql://user@host/smsotp</source>
        <translation>&apos;%1&apos;: ange databasen efter värden, till exempel postgresql://user@host/smsotp</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: name the user before the host, for example postgresql://user@host/smsotp</source>
        <translation>&apos;%1&apos;: ange användaren före värden, till exempel postgresql://user@host/smsotp</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown option &apos;%2&apos;; only sslmode is understood</source>
        <translation>&apos;%1&apos;: okänt alternativ &apos;%2&apos;; endast sslmode stöds</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: sslmode must be one of %2</source>
        <translation>&apos;%1&apos;: sslmode måste vara en av %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder: name the store&apos;s file, for example %2</source>
        <translation>&apos;%1&apos; är en mapp: ange lagringens fil, till exempel %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a store address. Use a file path such as /full/path/store.db (or sqlite:///full/path/store.db), or postgresql://user@host:5432/database?sslmode=require</source>
        <translation>&apos;%1&apos; är ingen lagringsadress. Använd en filsökväg som /full/path/store.db (eller sqlite:///full/path/store.db), eller postgresql://user@host:5432/database?sslmode=require</translation>
    </message>
</context>
<context>
    <name>TestSendCommand</name>
    <message>
        <source>  test-send PHONE [--text T] [--validate-only] [--json]
                                   send a test SMS (a fresh OTP, or the text T) through the gateway
</source>
        <translation>  test-send PHONE [--text T] [--validate-only] [--json]
                                   skicka ett test-SMS (ett nytt engångslösenord, eller texten T) via gatewayen
</translation>
    </message>
    <message>
        <source>--text needs a text.</source>
        <translation>--text kräver en text.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]</source>
        <translation>Användning: smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]</translation>
    </message>
    <message>
        <source> (gateway: %1 %2)</source>
        <translation> (gateway: %1 %2)</translation>
    </message>
    <message>
        <source>The test SMS to %1 was not sent: %2</source>
        <translation>Test-SMS:et till %1 skickades inte: %2</translation>
    </message>
    <message>
        <source>Validated (not sent) to %1 through %2 in %3 ms.</source>
        <translation>Validerat (inte skickat) till %1 via %2 på %3 ms.</translation>
    </message>
    <message>
        <source>Sent to %1 through %2 in %3 ms.</source>
        <translation>Skickat till %1 via %2 på %3 ms.</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>Meddelande-id: %1</translation>
    </message>
    <message>
        <source>Gateway answer: %1 %2</source>
        <translation>Gatewayens svar: %1 %2</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the second one sent it.</source>
        <translation>Den första gatewayen misslyckades (%1); den andra skickade meddelandet.</translation>
    </message>
    <message>
        <source>The one-time password in it was made for this test only and signs nobody in.</source>
        <translation>Engångslösenordet i det skapades enbart för det här testet och loggar inte in någon.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>Send a Test SMS</source>
        <translation>Skicka ett test-SMS</translation>
    </message>
    <message>
        <source>Sends a real SMS through the gateway to prove the configuration works. The message is built like a sign-in message, with a fresh one-time password that signs nobody in, or with a text of your own. Every test send is recorded in the event log without the code.</source>
        <translation>Skickar ett riktigt SMS via gatewayen för att bekräfta att konfigurationen fungerar. Meddelandet byggs upp som ett inloggningsmeddelande, med ett nytt engångslösenord som inte loggar in någon, eller med en egen text. Varje testsändning registreras i händelseloggen utan koden.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>for example 8 (916) 123-45-67</source>
        <translation>till exempel 8 (916) 123-45-67</translation>
    </message>
    <message>
        <source>Typed as users would; it is normalised with the Phone format settings.</source>
        <translation>Skrivs som användarna skulle skriva det; det normaliseras med inställningarna under Telefonnummerformat.</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Skickas till:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>&amp;Engångslösenord</translation>
    </message>
    <message>
        <source>The text of the Message format page with a freshly generated one-time password.</source>
        <translation>Texten från sidan Meddelandeformat med ett nygenererat engångslösenord.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Ny kod</translation>
    </message>
    <message>
        <source>C&amp;ustom text</source>
        <translation>Egen te&amp;xt</translation>
    </message>
    <message>
        <source>The text to send</source>
        <translation>Texten som ska skickas</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Förhandsgranskning:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>&amp;Validate only (the gateway checks the request but sends nothing)</source>
        <translation>&amp;Validera endast (gatewayen kontrollerar begäran men skickar ingenting)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>&amp;Avbryt sändningen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation>Providerns meddelande-id:</translation>
    </message>
    <message>
        <source>Gateway code:</source>
        <translation>Gatewayens kod:</translation>
    </message>
    <message>
        <source>Gateway answer:</source>
        <translation>Gatewayens svar:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Svarstid:</translation>
    </message>
    <message>
        <source>Sent through:</source>
        <translation>Skickat via:</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Ingenting har skickats än.</translation>
    </message>
    <message>
        <source>(enter a number)</source>
        <translation>(ange ett nummer)</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>Från %1 · %2</translation>
    </message>
    <message>
        <source>the outbox beside the store</source>
        <translation>utkorgen bredvid lagringen</translation>
    </message>
    <message>
        <source>then, on a connection failure or when busy: %1 — %2</source>
        <translation>därefter, vid anslutningsfel eller när den är upptagen: %1 — %2</translation>
    </message>
    <message>
        <source>Using the saved settings.</source>
        <translation>Använder de sparade inställningarna.</translation>
    </message>
    <message>
        <source>Using the unsaved settings of the page being edited.</source>
        <translation>Använder de osparade inställningarna på sidan som redigeras.</translation>
    </message>
    <message>
        <source>The gateway checks the number, sender and credentials and sends nothing (SMSAPI&apos;s test mode).</source>
        <translation>Gatewayen kontrollerar numret, avsändaren och inloggningsuppgifterna men skickar ingenting (SMSAPI:s testläge).</translation>
    </message>
    <message>
        <source>This gateway has no validate-only send.</source>
        <translation>Den här gatewayen har ingen sändning med endast validering.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Accepted (validate only: nothing was sent)</source>
        <translation>Godkänt (endast validering: ingenting skickades)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Inte skickat: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(the second gateway: the first one failed with %1)</source>
        <translation>(den andra gatewayen: den första misslyckades med %1)</translation>
    </message>
</context>
<context>
    <name>TestSender</name>
    <message>
        <source>The phone number was refused: %1</source>
        <translation>Telefonnumret avvisades: %1</translation>
    </message>
    <message>
        <source>A test message is being sent already.</source>
        <translation>Ett testmeddelande håller redan på att skickas.</translation>
    </message>
    <message>
        <source>This gateway has no validate-only send; nothing was sent.</source>
        <translation>Den här gatewayen har ingen sändning med endast validering; ingenting skickades.</translation>
    </message>
    <message>
        <source>validate-only test SMS</source>
        <translation>test-SMS med endast validering</translation>
    </message>
    <message>
        <source>test SMS</source>
        <translation>test-SMS</translation>
    </message>
    <message>
        <source>%1 to %2 through %3: %4</source>
        <translation>%1 till %2 via %3: %4</translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>gatewayen</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>; the first gateway failed: %1</source>
        <translation>; den första gatewayen misslyckades: %1</translation>
    </message>
    <message>
        <source>Sent, but the event could not be written: %1</source>
        <translation>Skickat, men händelsen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>Ange telefonnumret som meddelandet ska skickas till.</translation>
    </message>
    <message>
        <source>the first gateway failed (%1); the test SMS to %2 went through the second gateway</source>
        <translation>den första gatewayen misslyckades (%1); test-SMS:et till %2 gick via den andra gatewayen</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list] | list [--json] | disable NAME | enable NAME | delete NAME</source>
        <translation>Användning: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list] | list [--json] | disable NAME | enable NAME | delete NAME</translation>
    </message>
    <message>
        <source>--scope needs a comma-separated list of scopes.</source>
        <translation>--scope kräver en kommaseparerad lista med behörigheter.</translation>
    </message>
    <message>
        <source>--expires needs a date, for example 2027-01-31.</source>
        <translation>--expires kräver ett datum, till exempel 2027-01-31.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for tokens create.</source>
        <translation>Okänt alternativ &apos;%1&apos; för tokens create.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]</source>
        <translation>Användning: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]</translation>
    </message>
    <message>
        <source>Give the token its scopes with --scope, for example --scope otp:request,otp:verify (scopes: %1).</source>
        <translation>Ge token dess behörigheter med --scope, till exempel --scope otp:request,otp:verify (behörigheter: %1).</translation>
    </message>
    <message>
        <source>Unknown scope &apos;%1&apos;. The scopes are %2.</source>
        <translation>Okänd behörighet &apos;%1&apos;. Behörigheterna är %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write 2027-01-31 or 2027-01-31T18:00:00Z.</source>
        <translation>&apos;%1&apos; är inte ett datum: skriv 2027-01-31 eller 2027-01-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created with the scopes %2. Copy the secret above now: it is stored only as a hash and will not be shown again.</source>
        <translation>API-token &quot;%1&quot; skapades med behörigheterna %2. Kopiera hemligheten ovan nu: den lagras bara som en hash och visas inte igen.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens list [--json]</source>
        <translation>Användning: smsotp-cli tokens list [--json]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens %1 NAME</source>
        <translation>Användning: smsotp-cli tokens %1 NAME</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; deleted; callers using it are refused from now on.</source>
        <translation>API-token &quot;%1&quot; togs bort; anrop med den avvisas från och med nu.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; enabled.</source>
        <translation>API-token &quot;%1&quot; aktiverades.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; disabled; callers using it are refused until it is enabled again.</source>
        <translation>API-token &quot;%1&quot; inaktiverades; anrop med den avvisas tills den aktiveras igen.</translation>
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
                                   en ny API-token för smsotp-server; hemligheten skrivs ut en gång.
                                   Behörigheter: otp:request, otp:verify, phones:read, phones:write,
                                   metrics:read.
                                   DATE: 2027-01-31 (midnatt UTC) eller 2027-01-31T18:00:00Z
  tokens list [--json]             API-token (aldrig deras hemligheter)
  tokens disable|enable|delete NAME
</translation>
    </message>
</context>
<context>
    <name>UnlockStoreKeyDialog</name>
    <message>
        <source>Unlock Store Key</source>
        <translation>Lås upp lagringsnyckeln</translation>
    </message>
    <message>
        <source>Phone numbers and gateway secrets in %1 are encrypted. Enter the store&apos;s passphrase to work with them. Without it you can still browse, unblock and read events.</source>
        <translation>Telefonnummer och gatewayens hemligheter i %1 är krypterade. Ange lagringens lösenfras för att arbeta med dem. Utan den kan du ändå bläddra, häva spärrar och läsa händelser.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Kom ihåg på den här datorn</translation>
    </message>
    <message>
        <source>Keep the unlocked key in this computer&apos;s keychain, so the passphrase is not asked again here. Forget it from the File menu.</source>
        <translation>Spara den upplåsta nyckeln i den här datorns nyckelring, så att lösenfrasen inte efterfrågas igen här. Glöm den via menyn Arkiv.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>I&amp;nte nu</translation>
    </message>
</context>
<context>
    <name>UserCsvImport</name>
    <message>
        <source>Too many fields: expected login, phone, comment.</source>
        <translation>För många fält: förväntade inloggningsnamn, telefon, kommentar.</translation>
    </message>
    <message>
        <source>Phone numbers are stored encrypted: unlock the store key first.</source>
        <translation>Telefonnummer lagras krypterade: lås upp lagringsnyckeln först.</translation>
    </message>
    <message>
        <source>This login appears earlier in the file.</source>
        <translation>Det här inloggningsnamnet förekommer tidigare i filen.</translation>
    </message>
    <message>
        <source>Phone number refused: %1</source>
        <translation>Telefonnumret avvisades: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an SMS authenticator.</source>
        <translation>&apos;%1&apos; har redan en SMS-autentiserare.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Rad %1 (%2): %3</translation>
    </message>
    <message>
        <source>registered with phone %1 (CSV import)</source>
        <translation>registrerad med telefonnummer %1 (CSV-import)</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Importen avbröts: ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n användare importerad.</numerusform>
            <numerusform>%n användare importerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already registered with this number: nothing to change.</source>
        <translation>Redan registrerad med detta nummer: inget att ändra.</translation>
    </message>
    <message>
        <source>phone changed to %1 (directory import)</source>
        <translation>telefonnumret ändrat till %1 (katalogimport)</translation>
    </message>
    <message>
        <source>phone changed to %1 (CSV import)</source>
        <translation>telefonnumret ändrat till %1 (CSV-import)</translation>
    </message>
    <message>
        <source>registered with phone %1 (directory import)</source>
        <translation>registrerad med telefonnumret %1 (katalogimport)</translation>
    </message>
    <message>
        <source>%1 registered and %2 updated from the directory</source>
        <translation>%1 registrerade och %2 uppdaterade från katalogen</translation>
    </message>
    <message>
        <source>%1 user(s) imported, %2 updated.</source>
        <translation>%1 användare importerade, %2 uppdaterade.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>Import Users</source>
        <translation>Importera användare</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped. Import the others?</source>
        <translation>
            <numerusform>%n rad har problem och hoppas över. Vill du importera de övriga?</numerusform>
            <numerusform>%n rader har problem och hoppas över. Vill du importera de övriga?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing users…</source>
        <translation>Importerar användare…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import Users from CSV</source>
        <translation>Importera användare från CSV</translation>
    </message>
    <message>
        <source>A CSV file with one user per line: login, phone, comment (a header line is optional). Every row is checked before anything is written; rows with problems are skipped.</source>
        <translation>En CSV-fil med en användare per rad: inloggningsnamn, telefon, kommentar (en rubrikrad är valfri). Varje rad kontrolleras innan något skrivs; rader med problem hoppas över.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil vald.</translation>
    </message>
    <message>
        <source>The file holds no users.</source>
        <translation>Filen innehåller inga användare.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>De första %1 raderna visas.</translation>
    </message>
    <message>
        <source>More users match than one import reads (%1). Narrow the filter and import the rest separately.</source>
        <translation>Fler användare matchar än en import läser (%1). Begränsa filtret och importera resten separat.</translation>
    </message>
    <message>
        <source>update the number</source>
        <translation>uppdatera numret</translation>
    </message>
    <message>
        <source>Import Users from the Directory</source>
        <translation>Importera användare från katalogen</translation>
    </message>
    <message>
        <source>Every directory user matching the filter (empty: the import filter of the Directory settings) is registered with the number in their phone attribute. Every row is checked before anything is written; rows with problems are skipped.</source>
        <translation>Varje kataloganvändare som matchar filtret (tomt: importfiltret i katalogens inställningar) registreras med numret i sitt telefonattribut. Varje rad kontrolleras innan något skrivs; rader med problem hoppas över.</translation>
    </message>
    <message>
        <source>&amp;Read Directory</source>
        <translation>&amp;Läs katalogen</translation>
    </message>
    <message>
        <source>An LDAP filter, for example (&amp;(objectClass=user)(department=Sales)).</source>
        <translation>Ett LDAP-filter, till exempel (&amp;(objectClass=user)(department=Sales)).</translation>
    </message>
    <message>
        <source>&amp;Update the numbers of users already registered</source>
        <translation>&amp;Uppdatera numren för användare som redan är registrerade</translation>
    </message>
    <message>
        <source>No directory user matches the filter.</source>
        <translation>Ingen kataloganvändare matchar filtret.</translation>
    </message>
    <message>
        <source>Press Read Directory to see the users.</source>
        <translation>Tryck på Läs katalogen för att se användarna.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import, %1 with problems.</source>
        <translation>
            <numerusform>%n rad klar att importera, %1 med problem.</numerusform>
            <numerusform>%n rader klara att importera, %1 med problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>use denied</source>
        <translation>användning nekad</translation>
    </message>
    <message>
        <source>blocked until %1</source>
        <translation>spärrad till %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>--comment needs a text.</source>
        <translation>--comment kräver en text.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service]</source>
        <translation>Användning: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--search needs a text.</source>
        <translation>--search kräver en text.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users list [--blocked] [--search S] [--json]</source>
        <translation>Användning: smsotp-cli users list [--blocked] [--search S] [--json]</translation>
    </message>
    <message>
        <source>Note: searching phone numbers needs the store&apos;s passphrase; only logins were searched.</source>
        <translation>Obs! Sökning på telefonnummer kräver lagringens lösenfras; endast inloggningsnamn söktes igenom.</translation>
    </message>
    <message>
        <source>failures: %1</source>
        <translation>misslyckanden: %1</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users unblock LOGIN... | users unblock --all</source>
        <translation>Användning: smsotp-cli users unblock LOGIN... | users unblock --all</translation>
    </message>
    <message>
        <source>blocked until a help-desk unblock</source>
        <translation>spärrad tills helpdesk häver spärren</translation>
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
                                   registrera en autentiserare (numret normaliseras och krypteras)
  users list [--blocked] [--search S] [--json]
                                   lista autentiserare; S matchar inloggningsnamn eller exakt ett telefonnummer
  users unblock LOGIN... | --all   häv spärren för konton
  users import-directory [--filter F] [--dry-run] [--update-existing]
                                   registrera varje kataloganvändare som matchar F (standard:
                                   directory.importFilter) med sitt nummer
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service] | list [--blocked] [--search S] [--json] | unblock LOGIN... | unblock --all | import-directory [--filter F] [--dry-run] [--update-existing]</source>
        <translation>Användning: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service] | list [--blocked] [--search S] [--json] | unblock LOGIN... | unblock --all | import-directory [--filter F] [--dry-run] [--update-existing]</translation>
    </message>
    <message>
        <source>--filter needs an LDAP filter.</source>
        <translation>--filter kräver ett LDAP-filter.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users import-directory [--filter F] [--dry-run] [--update-existing]</source>
        <translation>Användning: smsotp-cli users import-directory [--filter F] [--dry-run] [--update-existing]</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>överhoppad: %1</translation>
    </message>
    <message>
        <source>update to %1</source>
        <translation>uppdatera till %1</translation>
    </message>
    <message>
        <source>register with %1</source>
        <translation>registrera med %1</translation>
    </message>
    <message>
        <source>Warning: more users match than one import reads (%1); narrow the filter and import the rest separately.</source>
        <translation>Varning: fler användare matchar än en import läser (%1); begränsa filtret och importera resten separat.</translation>
    </message>
    <message>
        <source>%1 of %2 directory user(s) can be imported.</source>
        <translation>%1 av %2 kataloganvändare kan importeras.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Testkörning: ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Management console for an SMS one-time-password provider.</source>
        <translation>Administrationskonsol för en provider av engångslösenord via SMS.</translation>
    </message>
    <message>
        <source>Show the console in LANG: en, sv, ru or et.</source>
        <translation>Visa konsolen på språket LANG: en, sv, ru eller et.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use en, sv, ru or et.</source>
        <translation>Okänt språk &apos;%1&apos;; använd en, sv, ru eller et.</translation>
    </message>
    <message>
        <source>Start on PAGE: helpDesk, events, or a settings section such as block.</source>
        <translation>Börja på sidan PAGE: helpDesk, events eller ett inställningsavsnitt som block.</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;.</source>
        <translation>Okänd sida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Open the store at URL (a file path such as /path/store.db, sqlite:///path/store.db, or postgresql://user@host:5432/db?sslmode=require).</source>
        <translation>Öppna lagringen på URL (en filsökväg som /path/store.db, sqlite:///path/store.db eller postgresql://user@host:5432/db?sslmode=require).</translation>
    </message>
</context>
</TS>
