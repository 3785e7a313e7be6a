<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessRightsSettingsPage</name>
    <message>
        <source>What users may do with their own SMS authenticator in self-service. Administrators and the help desk in this console are not bound by these rights.</source>
        <translation>Что пользователи могут делать со своим SMS-аутентификатором в режиме самообслуживания. На администраторов и службу поддержки в этой консоли эти права не распространяются.</translation>
    </message>
    <message>
        <source>&amp;Deny use of SMS OTP</source>
        <translation>&amp;Запретить использовать SMS OTP</translation>
    </message>
    <message>
        <source>When ticked, nobody can sign in with an SMS code: every request is refused (event 1202).</source>
        <translation>Если флажок установлен, никто не может войти с кодом из SMS: каждый запрос отклоняется (событие 1202).</translation>
    </message>
    <message>
        <source>Users may &amp;register a new authenticator</source>
        <translation>&amp;Регистрация новых аутентификаторов</translation>
    </message>
    <message>
        <source>Lets a user register their own phone number in self-service.</source>
        <translation>Пользователь может сам зарегистрировать свой номер телефона в режиме самообслуживания.</translation>
    </message>
    <message>
        <source>Users may &amp;edit their authenticator</source>
        <translation>Р&amp;едактирование имеющихся аутентификаторов</translation>
    </message>
    <message>
        <source>Lets a user change the phone number of their existing authenticator.</source>
        <translation>Пользователь может изменить номер телефона в уже зарегистрированном аутентификаторе.</translation>
    </message>
    <message>
        <source>Users may de&amp;lete their authenticator</source>
        <translation>&amp;Удаление имеющихся аутентификаторов</translation>
    </message>
    <message>
        <source>Lets a user remove their own SMS authenticator.</source>
        <translation>Пользователь может удалить свой SMS-аутентификатор.</translation>
    </message>
    <message>
        <source>&amp;Comment may be edited:</source>
        <translation>Разрешить редактирование &amp;комментария:</translation>
    </message>
    <message>
        <source>When a user may write or change the comment of their authenticator.</source>
        <translation>Когда пользователь может написать или изменить комментарий к своему аутентификатору.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Only while registering</source>
        <translation>Только при регистрации</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>The encrypted value is damaged.</source>
        <translation>Зашифрованное значение повреждено.</translation>
    </message>
    <message>
        <source>The encrypted value cannot be decrypted: the key is wrong or the data was changed.</source>
        <translation>Не удаётся расшифровать зашифрованное значение: неверный ключ или данные были изменены.</translation>
    </message>
</context>
<context>
    <name>ApiInput</name>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters.</source>
        <translation>«%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains control characters.</source>
        <translation>«%1» содержит управляющие символы.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>Логин пуст.</translation>
    </message>
    <message>
        <source>The body must be JSON, sent with Content-Type: application/json.</source>
        <translation>Тело запроса должно быть в формате JSON с заголовком Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Тело запроса не является объектом JSON.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation>Неизвестное поле «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string.</source>
        <translation>«%1» должно быть строкой.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is required.</source>
        <translation>«%1» обязательно.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>The service could not complete the request; try again later.</source>
        <translation>Службе не удалось выполнить запрос; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Сервер завершает работу.</translation>
    </message>
    <message>
        <source>a valid API token is required (Authorization: Bearer TOKEN)</source>
        <translation>требуется действительный API-токен (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; has expired</source>
        <translation>срок действия API-токена «%1» истёк</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; is disabled</source>
        <translation>API-токен «%1» отключён</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; lacks the scope %2</source>
        <translation>у API-токена «%1» нет области доступа %2</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account</source>
        <translation>для этой учётной записи не зарегистрирован SMS-аутентификатор</translation>
    </message>
    <message>
        <source>Give &apos;phone&apos;, &apos;comment&apos; or both.</source>
        <translation>Укажите «phone», «comment» или оба поля.</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account; give &apos;phone&apos; to register one</source>
        <translation>для этой учётной записи не зарегистрирован SMS-аутентификатор; укажите «phone», чтобы зарегистрировать его</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Проверка хранилища</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Send a one-time password (POST /api/v1/otp/request)</source>
        <translation>Отправка одноразового пароля (POST /api/v1/otp/request)</translation>
    </message>
    <message>
        <source>Check a one-time password (POST /api/v1/otp/verify)</source>
        <translation>Проверка одноразового пароля (POST /api/v1/otp/verify)</translation>
    </message>
    <message>
        <source>Read an authenticator&apos;s masked phone number (GET /api/v1/authenticators/{login})</source>
        <translation>Чтение маскированного номера телефона аутентификатора (GET /api/v1/authenticators/{login})</translation>
    </message>
    <message>
        <source>Register, change and delete phone numbers (PUT and DELETE /api/v1/authenticators/{login})</source>
        <translation>Регистрация, изменение и удаление номеров телефонов (PUT и DELETE /api/v1/authenticators/{login})</translation>
    </message>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Введите имя токена.</translation>
    </message>
    <message>
        <source>A token&apos;s name has at most %1 characters.</source>
        <translation>Имя токена — не более %1 символов.</translation>
    </message>
    <message>
        <source>A token&apos;s name cannot start or end with a space.</source>
        <translation>Имя токена не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>A token&apos;s name cannot contain control characters.</source>
        <translation>Имя токена не может содержать управляющие символы.</translation>
    </message>
    <message>
        <source>Scrape the server&apos;s Prometheus metrics (GET /metrics)</source>
        <translation>Сбор метрик Prometheus с сервера (GET /metrics)</translation>
    </message>
</context>
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>Checking an API token</source>
        <translation>Проверка API-токена</translation>
    </message>
    <message>
        <source>Recording the use of API token %1</source>
        <translation>Запись использования API-токена %1</translation>
    </message>
    <message>
        <source>Reading API token %1</source>
        <translation>Чтение API-токена %1</translation>
    </message>
    <message>
        <source>There is no API token named &quot;%1&quot;.</source>
        <translation>API-токена с именем «%1» нет.</translation>
    </message>
    <message>
        <source>Unknown scope &quot;%1&quot;. The scopes are %2.</source>
        <translation>Неизвестная область доступа «%1». Области доступа: %2.</translation>
    </message>
    <message>
        <source>Give the token at least one scope (%1).</source>
        <translation>Назначьте токену хотя бы одну область доступа (%1).</translation>
    </message>
    <message>
        <source>The expiry %1 has already passed; choose a time in the future.</source>
        <translation>Срок действия %1 уже прошёл; выберите время в будущем.</translation>
    </message>
    <message>
        <source>Reading API tokens</source>
        <translation>Чтение API-токенов</translation>
    </message>
    <message>
        <source>An API token named &quot;%1&quot; exists already; choose another name, or delete the old token first.</source>
        <translation>API-токен с именем «%1» уже существует; выберите другое имя или сначала удалите старый токен.</translation>
    </message>
    <message>
        <source>Saving API token %1</source>
        <translation>Сохранение API-токена %1</translation>
    </message>
    <message>
        <source>The new API token %1 was not saved.</source>
        <translation>Новый API-токен %1 не сохранён.</translation>
    </message>
    <message>
        <source>Reading API tokens failed: %1</source>
        <translation>Не удалось прочитать API-токены: %1</translation>
    </message>
    <message>
        <source>Deleting API token %1</source>
        <translation>Удаление API-токена %1</translation>
    </message>
</context>
<context>
    <name>ApiTokenTableModel</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>не использовался</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверяется</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Создан %1 пользователем %2</translation>
    </message>
    <message>
        <source>Callers with this token pass the IP allow-list (a trusted integration).</source>
        <translation>Вызовы с этим токеном проходят мимо списка разрешённых IP-адресов (доверенная интеграция).</translation>
    </message>
    <message>
        <source>Callers with this token must come from an address on the IP allow-list when the list is on.</source>
        <translation>Вызовы с этим токеном должны поступать с адреса из списка разрешённых IP-адресов, если список включён.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Области</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Последний адрес</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>Список разрешённых IP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ApiTokensPage</name>
    <message>
        <source>API access</source>
        <translation>Доступ к API</translation>
    </message>
    <message>
        <source>The store was closed.</source>
        <translation>Хранилище было закрыто.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created.</source>
        <translation>API-токен «%1» создан.</translation>
    </message>
    <message>
        <source>Cannot Enable Token</source>
        <translation>Не удаётся включить токен</translation>
    </message>
    <message>
        <source>Cannot Disable Token</source>
        <translation>Не удаётся отключить токен</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; enabled.</source>
        <translation>API-токен «%1» включён.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; disabled: callers using it are refused until it is enabled again.</source>
        <translation>API-токен «%1» отключён: вызовы с ним отклоняются, пока он не будет снова включён.</translation>
    </message>
    <message>
        <source>Delete API Token</source>
        <translation>Удаление API-токена</translation>
    </message>
    <message>
        <source>Delete the API token &quot;%1&quot;? Every system that uses it is refused from now on, and it cannot be restored: a new token has a new secret.</source>
        <translation>Удалить API-токен «%1»? Все системы, которые его используют, с этого момента получают отказ, и восстановить его нельзя: у нового токена будет новый секрет.</translation>
    </message>
    <message>
        <source>Cannot Delete Token</source>
        <translation>Не удаётся удалить токен</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; deleted.</source>
        <translation>API-токен «%1» удалён.</translation>
    </message>
    <message>
        <source>Sign-in systems (a VPN&apos;s RADIUS server, a web application, an identity provider) call the provider servers with an API token. Each token may do only what its scopes allow, until its expiry; disable or delete a token to shut a system out at once.</source>
        <translation>Системы входа (RADIUS-сервер VPN, веб-приложение, поставщик удостоверений) обращаются к серверам провайдера с API-токеном. Каждый токен может делать только то, что разрешают его области доступа, и только до окончания срока действия; чтобы сразу закрыть доступ системе, отключите или удалите токен.</translation>
    </message>
    <message>
        <source>Open a store to see its API tokens.</source>
        <translation>Откройте хранилище, чтобы увидеть его API-токены.</translation>
    </message>
    <message>
        <source>Your store login (%1) may look at the tokens but not change them.</source>
        <translation>Ваш логин хранилища (%1) позволяет просматривать токены, но не изменять их.</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Create a token; its secret is shown once.</source>
        <translation>Создать токен; его секрет показывается один раз.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Refuse the selected token until it is enabled again.</source>
        <translation>Отклонять выбранный токен, пока он не будет снова включён.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Accept the selected token again.</source>
        <translation>Снова принимать выбранный токен.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected token for good.</source>
        <translation>Удалить выбранный токен навсегда.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDetailPane</name>
    <message>
        <source>An administrator denied the use of this authenticator: no code is sent and none is accepted until the use is allowed again.</source>
        <translation>Администратор запретил использование этого аутентификатора: коды не отправляются и не принимаются, пока использование снова не будет разрешено.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) in a row (last at %1). Only a help-desk unblock releases it: use Unblock once you know the caller is the account&apos;s owner.</source>
        <translation>
            <numerusform>Заблокирован после %n неверного кода подряд (последний: %1). Разблокировать может только служба поддержки: нажмите «Разблокировать», убедившись, что звонящий — владелец учётной записи.</numerusform>
            <numerusform>Заблокирован после %n неверных кодов подряд (последний: %1). Разблокировать может только служба поддержки: нажмите «Разблокировать», убедившись, что звонящий — владелец учётной записи.</numerusform>
            <numerusform>Заблокирован после %n неверных кодов подряд (последний: %1). Разблокировать может только служба поддержки: нажмите «Разблокировать», убедившись, что звонящий — владелец учётной записи.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>время неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) in a row (last at %1). It is released automatically at %2, or at once with Unblock.</source>
        <translation>
            <numerusform>Заблокирован после %n неверного кода подряд (последний: %1). Будет разблокирован автоматически в %2 или сразу — кнопкой «Разблокировать».</numerusform>
            <numerusform>Заблокирован после %n неверных кодов подряд (последний: %1). Будет разблокирован автоматически в %2 или сразу — кнопкой «Разблокировать».</numerusform>
            <numerusform>Заблокирован после %n неверных кодов подряд (последний: %1). Будет разблокирован автоматически в %2 или сразу — кнопкой «Разблокировать».</numerusform>
        </translation>
    </message>
    <message>
        <source>Not blocked, but the spam protection has suspended sending codes to everyone for now: see the Spam protection settings.</source>
        <translation>Не заблокирован, но защита от спама временно приостановила отправку кодов всем пользователям: см. настройки «Защита от спама».</translation>
    </message>
    <message>
        <source>The block time has passed: the next sign-in releases it.</source>
        <translation>Время блокировки истекло: аутентификатор будет разблокирован при следующем входе.</translation>
    </message>
    <message>
        <source>Active, with %1 of %2 wrong codes counted; the counter clears %3 minutes after the last failure or at the next correct code.</source>
        <translation>Активен, учтено неверных кодов: %1 из %2; счётчик обнуляется через %3 мин после последней неудачи или при следующем верном коде.</translation>
    </message>
    <message>
        <source>Active: the user can sign in with an SMS code.</source>
        <translation>Активен: пользователь может войти с кодом из SMS.</translation>
    </message>
    <message>
        <source>Recent events of this account:</source>
        <translation>Последние события этой учётной записи:</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Последние события</translation>
    </message>
    <message>
        <source>No authenticator selected</source>
        <translation>Аутентификатор не выбран</translation>
    </message>
    <message>
        <source>Select one row to see its details, why it is blocked and its recent events.</source>
        <translation>Выберите одну строку, чтобы увидеть сведения об аутентификаторе, причину блокировки и последние события.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Phone: %1 · Registered: %2 · Status: %3
Failed attempts: %4 · Last failure: %5 · Last success: %6</source>
        <translation>Телефон: %1 · Зарегистрирован: %2 · Состояние: %3
Неудачные попытки: %4 · Последняя неудача: %5 · Последний успех: %6</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Codes go to the phone number above (stored here).</source>
        <translation>Коды отправляются на указанный выше номер телефона (хранится здесь).</translation>
    </message>
    <message>
        <source>Codes go to the number in the directory (attribute %1); the number above is used only when the directory has none for this user.</source>
        <translation>Коды отправляются на номер из каталога (атрибут %1); номер выше используется, только если в каталоге для этого пользователя номера нет.</translation>
    </message>
    <message>
        <source>Codes go to the number in the directory (attribute %1), not to the number above. Check it with Settings → Directory → Check directory.</source>
        <translation>Коды отправляются на номер из каталога (атрибут %1), а не на номер выше. Проверьте его: Настройки → Каталог → Проверить каталог.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorInput</name>
    <message>
        <source>The login is empty.</source>
        <translation>Логин пуст.</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Отображаемое имя</translation>
    </message>
</context>
<context>
    <name>AuthenticatorRepository</name>
    <message>
        <source>Phone numbers are stored encrypted: unlock the store key first.</source>
        <translation>Номера телефонов хранятся в зашифрованном виде: сначала разблокируйте ключ хранилища.</translation>
    </message>
    <message>
        <source>Registering %1</source>
        <translation>Регистрация %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>There is no authenticator for &apos;%1&apos;.</source>
        <translation>Для «%1» нет аутентификатора.</translation>
    </message>
    <message>
        <source>Changing the phone of %1</source>
        <translation>Изменение телефона %1</translation>
    </message>
    <message>
        <source>Changing the comment of %1</source>
        <translation>Изменение комментария %1</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Изменение %1</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <source>Listing authenticators</source>
        <translation>Получение списка аутентификаторов</translation>
    </message>
    <message>
        <source>Counting authenticators</source>
        <translation>Подсчёт аутентификаторов</translation>
    </message>
    <message>
        <source>Saving the code of %1</source>
        <translation>Сохранение кода %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Сохранение %1</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Блокировка %1</translation>
    </message>
    <message>
        <source>Unblocking %1</source>
        <translation>Разблокировка %1</translation>
    </message>
    <message>
        <source>Resetting the counter of %1</source>
        <translation>Сброс счётчика %1</translation>
    </message>
    <message>
        <source>Unblocking every authenticator</source>
        <translation>Разблокировка всех аутентификаторов</translation>
    </message>
    <message>
        <source>Unblocking authenticators</source>
        <translation>Разблокировка аутентификаторов</translation>
    </message>
    <message>
        <source>The search text has %1 characters; a search may have at most %2.</source>
        <translation>Текст поиска слишком длинный (%1 симв.); допускается не более %2.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorTableModel</name>
    <message>
        <source>Only the prefix and the last four digits are shown. Use Reveal to see the whole number.</source>
        <translation>Показаны только префикс и последние четыре цифры. Чтобы увидеть номер целиком, нажмите «Показать».</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>Щёлкните, чтобы отсортировать по этому столбцу.</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Этот столбец нельзя отсортировать.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Последняя неудача</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Последний успех</translation>
    </message>
    <message>
        <source>Preparing the store</source>
        <translation>Подготовка хранилища</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>status: use denied by an administrator</comment>
        <translation>запрещён</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>status</comment>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>status: sending suspended by the spam protection</comment>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>active</source>
        <comment>status</comment>
        <translation>активен</translation>
    </message>
    <message>
        <source>use denied by an administrator</source>
        <translation>использование запрещено администратором</translation>
    </message>
    <message>
        <source>blocked after too many wrong codes until a help-desk unblock</source>
        <translation>заблокирован после слишком большого числа неверных кодов до разблокировки службой поддержки</translation>
    </message>
    <message>
        <source>blocked after too many wrong codes until %1 (Unblock releases it at once)</source>
        <translation>заблокирован после слишком большого числа неверных кодов до %1 (кнопка «Разблокировать» снимает блокировку сразу)</translation>
    </message>
    <message>
        <source>not blocked, but the spam protection has suspended sending codes to everyone</source>
        <translation>не заблокирован, но защита от спама приостановила отправку кодов всем пользователям</translation>
    </message>
    <message>
        <source>active: codes are sent and accepted</source>
        <translation>активен: коды отправляются и принимаются</translation>
    </message>
    <message>
        <source>Wrong codes in a row since the last success or reset.</source>
        <translation>Неверные коды подряд с последнего успешного входа или сброса.</translation>
    </message>
    <message>
        <source>Failures</source>
        <comment>column: failed attempts</comment>
        <translation>Неудачи</translation>
    </message>
</context>
<context>
    <name>BlockSettingsPage</name>
    <message>
        <source>Blocking is off: failed codes never block an authenticator.</source>
        <translation>Блокировка выключена: неверные коды никогда не блокируют аутентификатор.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed code(s)</source>
        <translation>
            <numerusform>%n неудачной попытки</numerusform>
            <numerusform>%n неудачных попыток</numerusform>
            <numerusform>%n неудачных попыток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 within %2 the authenticator is blocked until the help desk unblocks it.</source>
        <translation>После %1 за %2 аутентификатор блокируется до разблокировки службой поддержки.</translation>
    </message>
    <message>
        <source>After %1 within %2 the authenticator is blocked for %3.</source>
        <translation>После %1 за %2 аутентификатор блокируется на %3.</translation>
    </message>
    <message>
        <source>Blocks an authenticator after repeated wrong codes, so nobody can guess a code by trying many. A blocked authenticator gets no SMS until it is released.</source>
        <translation>Блокирует аутентификатор после серии неверных кодов, чтобы никто не мог подобрать код перебором. Заблокированный аутентификатор не получает SMS, пока его не разблокируют.</translation>
    </message>
    <message>
        <source>&amp;Block after repeated failed codes</source>
        <translation>&amp;Блокировать после серии неудачных попыток</translation>
    </message>
    <message>
        <source>When ticked, too many wrong codes block the authenticator.</source>
        <translation>Если флажок установлен, слишком много неверных кодов блокирует аутентификатор.</translation>
    </message>
    <message>
        <source>&amp;Attempts before block:</source>
        <translation>&amp;Количество попыток аутентификации до блокировки:</translation>
    </message>
    <message>
        <source>How many wrong codes in a row block the authenticator (%1–%2, default 5).</source>
        <translation>Сколько неверных кодов подряд блокирует аутентификатор (%1–%2, по умолчанию 5).</translation>
    </message>
    <message>
        <source>&amp;Reset the counter after:</source>
        <translation>&amp;Сброс счётчика блокировки через:</translation>
    </message>
    <message>
        <source>The count of wrong codes starts again after this many minutes without a failure (%1–%2, default 10).</source>
        <translation>Счётчик неверных кодов обнуляется, если в течение стольких минут не было неудачных попыток (%1–%2, по умолчанию 10).</translation>
    </message>
    <message>
        <source>&amp;Unblock automatically after:</source>
        <translation>&amp;Таймаут до разблокировки способа входа:</translation>
    </message>
    <message>
        <source>Minutes until a blocked authenticator is released by itself; 0 means only the help desk can release it (default 30).</source>
        <translation>Через сколько минут заблокированный аутентификатор разблокируется сам; 0 — разблокировать может только служба поддержки (по умолчанию 30).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never (help desk only)</source>
        <translation>Никогда (только служба поддержки)</translation>
    </message>
    <message>
        <source>The policy in words</source>
        <translation>Правило словами</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <source>Telling the other consoles</source>
        <translation>Оповещение других консолей</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change Store Passphrase</source>
        <translation>Смена парольной фразы хранилища</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>At least 8 characters. Only the wrapping of the key changes: nothing is re-encrypted.</source>
        <translation>Не менее 8 символов. Меняется только шифрование самого ключа: данные не перешифровываются.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Изменить</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>
Exit status: 0 success, 1 refused or failed (reason on stderr), 2 bad usage.
</source>
        <translation>
Код завершения: 0 — успех, 1 — отказ или ошибка (причина в stderr), 2 — неверный вызов.
</translation>
    </message>
    <message>
        <source>--store needs a URL.</source>
        <translation>Для --store нужен URL.</translation>
    </message>
    <message>
        <source>--passphrase-file needs a file name.</source>
        <translation>Для --passphrase-file нужно имя файла.</translation>
    </message>
    <message>
        <source>--lang must be one of en, sv, ru, et.</source>
        <translation>Значение --lang должно быть одним из: en, sv, ru, et.</translation>
    </message>
    <message>
        <source>A passphrase is never taken from the command line (other users can see it): use --passphrase-file FILE or SMSOTP_PASSPHRASE.</source>
        <translation>Парольная фраза никогда не принимается из командной строки (её могут увидеть другие пользователи): используйте --passphrase-file FILE или SMSOTP_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run smsotp-cli --help for the list.</source>
        <translation>Неизвестная команда «%1». Список команд: smsotp-cli --help.</translation>
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
        <translation>Использование: smsotp-cli [--store URL] [--passphrase-file FILE] [--lang en|sv|ru|et] COMMAND ...

  --store URL             путь к файлу (/path/store.db, хранилище SQLite), sqlite:///path/store.db или
                          postgresql://user@host:port/db?sslmode=...
                          (по умолчанию: локальное хранилище консоли). Пароль сервера берётся из
                          SMSOTP_DB_PASSWORD.
  --passphrase-file FILE  парольная фраза ключа хранилища (или задайте SMSOTP_PASSPHRASE)

Команды:
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Не удаётся прочитать файл парольной фразы %1: %2</translation>
    </message>
    <message>
        <source>This needs the store&apos;s passphrase: give --passphrase-file FILE or set SMSOTP_PASSPHRASE.</source>
        <translation>Нужна парольная фраза хранилища: укажите --passphrase-file FILE или задайте SMSOTP_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>ClientAddress</name>
    <message>
        <source>the client address is longer than %1 characters</source>
        <translation>адрес клиента длиннее %1 символов</translation>
    </message>
    <message>
        <source>the client address is not an IPv4 or IPv6 address</source>
        <translation>адрес клиента не является адресом IPv4 или IPv6</translation>
    </message>
    <message>
        <source>only an IPv6 client address may carry a zone id</source>
        <translation>идентификатор зоны допустим только в IPv6-адресе клиента</translation>
    </message>
    <message>
        <source>the zone id of the client address must be 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>идентификатор зоны в адресе клиента должен содержать от 1 до %1 букв, цифр, «.», «_» или «-»</translation>
    </message>
</context>
<context>
    <name>ClientCertificateStore</name>
    <message>
        <source>The client certificate thumbprint must be 40 hexadecimal digits.</source>
        <translation>Отпечаток сертификата клиента должен состоять из 40 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>The client certificate folder %1 does not exist; put the certificate (PEM or PKCS#12) there.</source>
        <translation>Папка сертификатов клиента %1 не существует; поместите в неё сертификат (PEM или PKCS#12).</translation>
    </message>
    <message>
        <source>The client certificate %1 is in %2, but not its private key: put the key in the same PEM file or beside it as NAME.key, or use a PKCS#12 file.</source>
        <translation>Сертификат клиента %1 находится в %2, но его закрытого ключа там нет: поместите ключ в тот же PEM-файл или рядом с ним как NAME.key либо используйте файл PKCS#12.</translation>
    </message>
    <message>
        <source>The client certificate %1 expired on %2.</source>
        <translation>Срок действия сертификата клиента %1 истёк %2.</translation>
    </message>
    <message>
        <source>No client certificate with thumbprint %1 in %2.</source>
        <translation>В %2 нет сертификата клиента с отпечатком %1.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; Another console saved this section after you opened it. The fields that differ are below: yours on the left, the stored ones on the right.</source>
        <translation>&lt;b&gt;Не сохранено.&lt;/b&gt; Другая консоль сохранила этот раздел после того, как вы его открыли. Различающиеся поля показаны ниже: ваши слева, сохранённые справа.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваши</translation>
    </message>
    <message>
        <source>Stored by the other console</source>
        <translation>Сохранены другой консолью</translation>
    </message>
    <message>
        <source>Differences between your input and the stored settings</source>
        <translation>Различия между вашими данными и сохранёнными настройками</translation>
    </message>
    <message>
        <source>Re&amp;load Stored</source>
        <translation>&amp;Загрузить сохранённые</translation>
    </message>
    <message>
        <source>Drop your input and show what the other console saved.</source>
        <translation>Отменить ваши изменения и показать то, что сохранила другая консоль.</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Перезаписать моими</translation>
    </message>
    <message>
        <source>Save your input over what the other console saved. Their change stays in the history and can be restored.</source>
        <translation>Сохранить ваши данные поверх сохранённых другой консолью. Их изменение остаётся в истории, и его можно восстановить.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed in another console.&lt;/b&gt; Another console saved this section while you were editing it. The fields that differ are below: yours on the left, the stored ones on the right. Nothing is saved until you choose.</source>
        <translation>&lt;b&gt;Изменено в другой консоли.&lt;/b&gt; Другая консоль сохранила этот раздел, пока вы его редактировали. Различающиеся поля показаны ниже: ваши слева, сохранённые справа. Ничего не сохраняется, пока вы не сделаете выбор.</translation>
    </message>
</context>
<context>
    <name>ConsoleLock</name>
    <message numerus="yes">
        <source>console locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>консоль заблокирована через %n минуту бездействия</numerusform>
            <numerusform>консоль заблокирована через %n минуты бездействия</numerusform>
            <numerusform>консоль заблокирована через %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <source>console locked with File → Lock Now</source>
        <translation>консоль заблокирована командой Файл → Заблокировать сейчас</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>Консоль заблокирована.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase.</source>
        <translation>Введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <source>console unlock refused: the passphrase did not unlock the key</source>
        <translation>разблокировка консоли отклонена: парольная фраза не подошла к ключу</translation>
    </message>
    <message>
        <source>console unlocked with the store&apos;s passphrase</source>
        <translation>консоль разблокирована парольной фразой хранилища</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the key of this store: enter its passphrase.</source>
        <translation>В связке ключей этого компьютера нет ключа этого хранилища: введите его парольную фразу.</translation>
    </message>
    <message>
        <source>console unlocked from this computer&apos;s keychain</source>
        <translation>консоль разблокирована с помощью связки ключей этого компьютера</translation>
    </message>
    <message>
        <source>Quit While Locked</source>
        <translation>Выход из заблокированной консоли</translation>
    </message>
    <message numerus="yes">
        <source>The console is locked, so nothing can be saved. The unsaved changes on %n page(s) are lost if you quit now. Quit anyway?</source>
        <translation>
            <numerusform>Консоль заблокирована, поэтому сохранить ничего нельзя. Если выйти сейчас, несохранённые изменения на %n странице будут потеряны. Всё равно выйти?</numerusform>
            <numerusform>Консоль заблокирована, поэтому сохранить ничего нельзя. Если выйти сейчас, несохранённые изменения на %n страницах будут потеряны. Всё равно выйти?</numerusform>
            <numerusform>Консоль заблокирована, поэтому сохранить ничего нельзя. Если выйти сейчас, несохранённые изменения на %n страницах будут потеряны. Всё равно выйти?</numerusform>
        </translation>
    </message>
    <message>
        <source>The event log could not record this: %1</source>
        <translation>Не удалось записать это в журнал событий: %1</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>Заб&amp;локировать сейчас</translation>
    </message>
    <message>
        <source>Wipe the store key from memory and hide the console until the store&apos;s passphrase is entered again.</source>
        <translation>Удалить ключ хранилища из памяти и скрыть консоль до повторного ввода парольной фразы хранилища.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>Settings of the console on this computer, such as when it locks itself.</source>
        <translation>Параметры консоли на этом компьютере, например время автоматической блокировки.</translation>
    </message>
    <message numerus="yes">
        <source>console unlock paused for %n second(s) after %1 wrong passphrases in a row</source>
        <translation>
            <numerusform>разблокировка консоли приостановлена на %n секунду после %1 неверных парольных фраз подряд</numerusform>
            <numerusform>разблокировка консоли приостановлена на %n секунды после %1 неверных парольных фраз подряд</numerusform>
            <numerusform>разблокировка консоли приостановлена на %n секунд после %1 неверных парольных фраз подряд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateApiTokenDialog</name>
    <message>
        <source>Tick at least one scope: a token without scopes could do nothing.</source>
        <translation>Отметьте хотя бы одну область доступа: токен без областей доступа ничего не сможет делать.</translation>
    </message>
    <message>
        <source>The expiry has already passed; choose a time in the future.</source>
        <translation>Срок действия уже прошёл; выберите время в будущем.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. Paste it into the calling system&apos;s configuration, then clear the clipboard.</source>
        <translation>Скопировано в буфер обмена. Вставьте его в конфигурацию вызывающей системы, затем очистите буфер обмена.</translation>
    </message>
    <message>
        <source>Create API Token</source>
        <translation>Создание API-токена</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>e.g. vpn-radius or intranet-sso</source>
        <translation>например, vpn-radius или intranet-sso</translation>
    </message>
    <message>
        <source>Who uses the token, so you recognise it in the list and in the event log (up to %1 characters; unique).</source>
        <translation>Кто использует токен, чтобы вы узнали его в списке и в журнале событий (до %1 символов; уникальное).</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Области доступа:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Срок &amp;действия до:</translation>
    </message>
    <message>
        <source>After this time the token is refused. Leave unticked for a token that never expires.</source>
        <translation>После этого времени токен отклоняется. Не отмечайте флажок для бессрочного токена.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>&amp;Exempt from the IP allow-list (a trusted integration)</source>
        <translation>&amp;Исключение из списка разрешённых IP-адресов (доверенная интеграция)</translation>
    </message>
    <message>
        <source>Callers with this token are not checked against the IP allow-list. Use it only for systems you control.</source>
        <translation>Вызовы с этим токеном не проверяются по списку разрешённых IP-адресов. Используйте только для систем под вашим контролем.</translation>
    </message>
    <message>
        <source>Copy this token now. It is stored only as a hash and will not be shown again: if it is lost, delete the token and create a new one.</source>
        <translation>Скопируйте токен сейчас. Хранится только его хеш, и он больше не будет показан: если он потерян, удалите токен и создайте новый.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>CreateStoreKeyDialog</name>
    <message>
        <source>Create Store Key</source>
        <translation>Создание ключа хранилища</translation>
    </message>
    <message>
        <source>The store key encrypts the phone numbers and gateway secrets in %1, and nobody can recover its passphrase: keep it somewhere safe.</source>
        <translation>Ключ хранилища шифрует номера телефонов и секреты шлюзов в %1, а его парольную фразу никто не сможет восстановить: храните её в надёжном месте.</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Keep the new key in this computer&apos;s keychain, so the passphrase is not asked here. Forget it from the File menu.</source>
        <translation>Сохранить новый ключ в хранилище паролей этого компьютера, чтобы парольная фраза здесь не запрашивалась. Забыть его можно в меню «Файл».</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>  demo populate --users N [--blocked-percent P] [--seed S]
                                   add N demo users (names, encrypted phones, events), P percent of them blocked
</source>
        <translation>  demo populate --users N [--blocked-percent P] [--seed S]
                                   добавить N демо-пользователей (имена, зашифрованные телефоны, события), P процентов из них заблокированы
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]</source>
        <translation>Использование: smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]</translation>
    </message>
    <message>
        <source>Bad option %1 %2.</source>
        <translation>Неверный параметр %1 %2.</translation>
    </message>
    <message>
        <source>--users N is required (1 to 100,000,000).</source>
        <translation>Параметр --users N обязателен (от 1 до 100 000 000).</translation>
    </message>
    <message>
        <source>%1 of %2 users…</source>
        <translation>%1 из %2 пользователей…</translation>
    </message>
    <message>
        <source>Added %1 users (%2 blocked) and %3 events in %4 s.</source>
        <translation>Добавлено пользователей: %1 (заблокировано: %2), событий: %3 за %4 с.</translation>
    </message>
</context>
<context>
    <name>DemoPopulator</name>
    <message>
        <source>The number of users must be at least 1.</source>
        <translation>Число пользователей должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The blocked percentage must be between 0 and 100.</source>
        <translation>Процент заблокированных должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>Reading the authenticators failed: %1</source>
        <translation>Не удалось прочитать аутентификаторы: %1</translation>
    </message>
    <message>
        <source>Preparing the store</source>
        <translation>Подготовка хранилища</translation>
    </message>
    <message>
        <source>Writing demo events</source>
        <translation>Запись демонстрационных событий</translation>
    </message>
    <message>
        <source>blocked after 5 failed codes until a help-desk unblock</source>
        <translation>заблокирован после 5 неверных кодов до разблокировки службой поддержки</translation>
    </message>
    <message>
        <source>blocked after 5 failed codes until %1 UTC</source>
        <translation>заблокирован после 5 неверных кодов до %1 UTC</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>код принят</translation>
    </message>
    <message>
        <source>Writing demo users</source>
        <translation>Запись демонстрационных пользователей</translation>
    </message>
    <message>
        <source>Analysing the store</source>
        <translation>Анализ хранилища</translation>
    </message>
</context>
<context>
    <name>DevFileGateway</name>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Файл для разработки (только для тестирования)</translation>
    </message>
    <message>
        <source>Cannot write the development outbox %1: %2</source>
        <translation>Не удаётся записать файл исходящих сообщений для разработки %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryCommand</name>
    <message>
        <source>  directory check LOGIN            bind to the directory, find LOGIN and show its number (masked)
                                   or the reason there is none
</source>
        <translation>  directory check LOGIN            подключиться к каталогу, найти LOGIN и показать его номер (маскированный)
                                   или причину, по которой номера нет
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli directory check LOGIN</source>
        <translation>Использование: smsotp-cli directory check LOGIN</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>ошибка %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Note: phoneFormat.useDirectoryPhone is off, so the engine still sends to the store&apos;s numbers.</source>
        <translation>Примечание: phoneFormat.useDirectoryPhone выключен, поэтому модуль по-прежнему отправляет коды на номера из хранилища.</translation>
    </message>
</context>
<context>
    <name>DirectoryPhoneLookup</name>
    <message>
        <source>the directory cannot be reached: %1</source>
        <translation>каталог недоступен: %1</translation>
    </message>
    <message>
        <source>the directory refused the bind: %1</source>
        <translation>каталог отклонил привязку (bind): %1</translation>
    </message>
    <message>
        <source>the directory search failed: %1</source>
        <translation>поиск в каталоге не удался: %1</translation>
    </message>
    <message>
        <source>the settings take the phone number from the directory, but no directory server is configured</source>
        <translation>в настройках номер телефона берётся из каталога, но сервер каталога не настроен</translation>
    </message>
    <message>
        <source>the directory has no user with this login</source>
        <translation>в каталоге нет пользователя с этим логином</translation>
    </message>
    <message>
        <source>the directory&apos;s user filter matches several users for this login; it must match one</source>
        <translation>фильтру пользователей каталога соответствует несколько пользователей с этим логином; должен соответствовать один</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory is empty</source>
        <translation>атрибут %1 пользователя в каталоге пуст</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory holds %2 values; one number is expected</source>
        <translation>атрибут %1 пользователя в каталоге содержит несколько значений (%2); ожидается один номер</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory holds binary data, not a phone number</source>
        <translation>атрибут %1 пользователя в каталоге содержит двоичные данные, а не номер телефона</translation>
    </message>
    <message>
        <source>the user&apos;s %1 attribute in the directory is not a valid phone number: %2</source>
        <translation>атрибут %1 пользователя в каталоге не является допустимым номером телефона: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPhoneSource</name>
    <message>
        <source>the directory&apos;s bind password is stored encrypted: unlock the store key (its passphrase) first</source>
        <translation>пароль привязки к каталогу хранится в зашифрованном виде: сначала разблокируйте ключ хранилища (его парольной фразой)</translation>
    </message>
    <message>
        <source>the settings take the phone number from the directory, but no directory server is configured</source>
        <translation>в настройках номер телефона берётся из каталога, но сервер каталога не настроен</translation>
    </message>
</context>
<context>
    <name>DirectorySettings</name>
    <message>
        <source>&apos;%1&apos; is not an LDAP address: write ldaps://host or ldap://host (with StartTLS)</source>
        <translation>«%1» не является адресом LDAP: укажите ldaps://host или ldap://host (со StartTLS)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write only the scheme, host and port; the base DN has its own field</source>
        <translation>«%1»: укажите только схему, хост и порт; для базового DN есть отдельное поле</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: plain LDAP is allowed only to this computer; use ldaps:// or turn StartTLS on</source>
        <translation>«%1»: обычный LDAP допускается только к этому компьютеру; используйте ldaps:// или включите StartTLS</translation>
    </message>
    <message>
        <source>must be an LDAP filter in parentheses, for example (uid={login})</source>
        <translation>должно быть фильтром LDAP в скобках, например (uid={login})</translation>
    </message>
    <message>
        <source>the parentheses do not match</source>
        <translation>скобки не совпадают</translation>
    </message>
    <message>
        <source>must contain {login} where the user&apos;s login goes</source>
        <translation>должно содержать {login} там, где подставляется логин пользователя</translation>
    </message>
    <message>
        <source>at most %1 servers</source>
        <translation>не более %1 серверов</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>не должно содержать управляющих символов</translation>
    </message>
    <message>
        <source>enter where users are searched, for example DC=example,DC=com</source>
        <translation>укажите, где искать пользователей, например DC=example,DC=com</translation>
    </message>
    <message>
        <source>must be a directory attribute name, for example sAMAccountName or uid</source>
        <translation>должно быть именем атрибута каталога, например sAMAccountName или uid</translation>
    </message>
    <message>
        <source>must not be longer than the total timeout</source>
        <translation>не должен превышать общий тайм-аут</translation>
    </message>
</context>
<context>
    <name>DirectorySettingsPage</name>
    <message>
        <source>CA Certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Type a new value to replace the stored one</source>
        <translation>Введите новое значение, чтобы заменить сохранённое</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Сначала откройте хранилище.</translation>
    </message>
    <message>
        <source>Type a login to look up, then press Check directory.</source>
        <translation>Введите логин для поиска и нажмите «Проверить каталог».</translation>
    </message>
    <message>
        <source>✗ Correct the settings above first: %1</source>
        <translation>✗ Сначала исправьте настройки выше: %1</translation>
    </message>
    <message>
        <source>✗ Enter at least one server address.</source>
        <translation>✗ Укажите хотя бы один адрес сервера.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>✓ %1 has the number %2
%3</source>
        <translation>✓ У %1 номер %2
%3</translation>
    </message>
    <message>
        <source>✗ Event %1: %2</source>
        <translation>✗ Событие %1: %2</translation>
    </message>
    <message>
        <source>The LDAP directory (Active Directory or OpenLDAP) that phone numbers come from when Phone format takes them from the directory, and that the help desk imports users from.</source>
        <translation>Каталог LDAP (Active Directory или OpenLDAP), из которого берутся номера телефонов, если так задано в разделе «Формат телефонного номера», и из которого служба поддержки импортирует пользователей.</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Серверы:</translation>
    </message>
    <message>
        <source>One address a line, tried in order: ldaps://dc1.example.com, or ldap://… with StartTLS.</source>
        <translation>По одному адресу в строке, опрашиваются по порядку: ldaps://dc1.example.com или ldap://… со StartTLS.</translation>
    </message>
    <message>
        <source>Use &amp;StartTLS for ldap:// servers</source>
        <translation>Использовать &amp;StartTLS для серверов ldap://</translation>
    </message>
    <message>
        <source>Encrypts ldap:// connections. Plain LDAP is allowed only to this computer, for tests.</source>
        <translation>Шифрует подключения ldap://. Обычный LDAP допускается только к этому компьютеру, для тестов.</translation>
    </message>
    <message>
        <source>&amp;Bind as:</source>
        <translation>&amp;Привязка от имени:</translation>
    </message>
    <message>
        <source>A DN (CN=svc-sms,OU=Service,DC=example,DC=com), DOMAIN\user or user@example.com. Empty: anonymous.</source>
        <translation>DN (CN=svc-sms,OU=Service,DC=example,DC=com), DOMAIN\user или user@example.com. Пусто — анонимно.</translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation>П&amp;ароль привязки:</translation>
    </message>
    <message>
        <source>Stored encrypted with the store key; never exported. Leave empty to keep the stored one.</source>
        <translation>Хранится в зашифрованном виде с ключом хранилища; никогда не экспортируется. Оставьте пустым, чтобы сохранить прежний.</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>Базовый &amp;DN:</translation>
    </message>
    <message>
        <source>Where users are searched, for example DC=example,DC=com.</source>
        <translation>Где искать пользователей, например DC=example,DC=com.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>&amp;Фильтр пользователей:</translation>
    </message>
    <message>
        <source>Finds one user; {login} is replaced by the login, escaped (RFC 4515).</source>
        <translation>Находит одного пользователя; {login} заменяется логином с экранированием (RFC 4515).</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>Fill in the filter and login attribute for Active Directory.</source>
        <translation>Заполнить фильтр и атрибут логина для Active Directory.</translation>
    </message>
    <message>
        <source>OpenLDAP</source>
        <translation>OpenLDAP</translation>
    </message>
    <message>
        <source>Fill in the filter and login attribute for OpenLDAP.</source>
        <translation>Заполнить фильтр и атрибут логина для OpenLDAP.</translation>
    </message>
    <message>
        <source>&amp;Login attribute:</source>
        <translation>Атрибут &amp;логина:</translation>
    </message>
    <message>
        <source>The attribute an import registers as the login: sAMAccountName (Active Directory) or uid.</source>
        <translation>Атрибут, который импорт регистрирует как логин: sAMAccountName (Active Directory) или uid.</translation>
    </message>
    <message>
        <source>&amp;Import filter:</source>
        <translation>Фильтр &amp;импорта:</translation>
    </message>
    <message>
        <source>Which users the help desk&apos;s directory import reads, for example (objectClass=user).</source>
        <translation>Каких пользователей читает импорт из каталога службы поддержки, например (objectClass=user).</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Сертификат &amp;ЦС:</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the servers&apos; certificates. Empty: the system&apos;s trust store.</source>
        <translation>PEM-файл с ЦС, подписавшим сертификаты серверов. Пусто — системное хранилище доверенных сертификатов.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>C&amp;onnect timeout (s):</source>
        <translation>Тайм-аут по&amp;дключения (с):</translation>
    </message>
    <message>
        <source>How long to wait for a server to accept the connection before trying the next one.</source>
        <translation>Сколько ждать, пока сервер примет подключение, прежде чем перейти к следующему.</translation>
    </message>
    <message>
        <source>&amp;Timeout (s):</source>
        <translation>&amp;Тайм-аут (с):</translation>
    </message>
    <message>
        <source>How long to wait for each answer of a server.</source>
        <translation>Сколько ждать каждого ответа сервера.</translation>
    </message>
    <message>
        <source>C&amp;ache answers (s):</source>
        <translation>&amp;Кэшировать ответы (с):</translation>
    </message>
    <message>
        <source>How long a user&apos;s number is remembered, so a burst of sign-ins does not hammer the directory. 0: ask every time.</source>
        <translation>Сколько помнить номер пользователя, чтобы волна входов не перегружала каталог. 0 — запрашивать каждый раз.</translation>
    </message>
    <message>
        <source>Use the store&apos;s number when the directory has &amp;none</source>
        <translation>Использовать номер из хранилища, если в каталоге его &amp;нет</translation>
    </message>
    <message>
        <source>When the user is missing from the directory or has no valid number there, send to the number registered in the store. An unreachable directory never falls back.</source>
        <translation>Если пользователя нет в каталоге или там нет действительного номера, код отправляется на номер, зарегистрированный в хранилище. При недоступном каталоге замена не выполняется.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Ло&amp;гин:</translation>
    </message>
    <message>
        <source>A user to look up with the settings above, saved or not. Nothing is sent or stored.</source>
        <translation>Пользователь для поиска с настройками выше, сохранёнными или нет. Ничего не отправляется и не сохраняется.</translation>
    </message>
    <message>
        <source>Check &amp;directory</source>
        <translation>Проверить &amp;каталог</translation>
    </message>
    <message>
        <source>Binds, searches the login and shows its number (masked) or why there is none.</source>
        <translation>Выполняет привязку, ищет логин и показывает его номер (маскированный) или причину, по которой номера нет.</translation>
    </message>
</context>
<context>
    <name>DirectoryUserImport</name>
    <message>
        <source>No directory server is configured (Settings, Directory).</source>
        <translation>Сервер каталога не настроен (Настройки, Каталог).</translation>
    </message>
    <message>
        <source>The filter %1 %2</source>
        <translation>Фильтр %1 %2</translation>
    </message>
    <message>
        <source>(%1 values)</source>
        <translation>(значений: %1)</translation>
    </message>
    <message>
        <source>%1 has %2 values of %3; one login is expected.</source>
        <translation>У %1 несколько значений атрибута %3 (%2); ожидается один логин.</translation>
    </message>
    <message>
        <source>(binary data)</source>
        <translation>(двоичные данные)</translation>
    </message>
</context>
<context>
    <name>EnginePool</name>
    <message>
        <source>Setting up the store connection</source>
        <translation>Настройка подключения к хранилищу</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>One-time password sent</source>
        <translation>Одноразовый пароль отправлен</translation>
    </message>
    <message>
        <source>One-time password accepted</source>
        <translation>Одноразовый пароль принят</translation>
    </message>
    <message>
        <source>Wrong one-time password</source>
        <translation>Неверный одноразовый пароль</translation>
    </message>
    <message>
        <source>Authenticator blocked</source>
        <translation>Аутентификатор заблокирован</translation>
    </message>
    <message>
        <source>Authenticator unblocked</source>
        <translation>Аутентификатор разблокирован</translation>
    </message>
    <message>
        <source>Failure counter reset</source>
        <translation>Счётчик неудачных попыток сброшен</translation>
    </message>
    <message>
        <source>One-time password expired</source>
        <translation>Срок действия одноразового пароля истёк</translation>
    </message>
    <message>
        <source>Authenticator registered</source>
        <translation>Аутентификатор зарегистрирован</translation>
    </message>
    <message>
        <source>Phone number changed</source>
        <translation>Номер телефона изменён</translation>
    </message>
    <message>
        <source>Authenticator deleted</source>
        <translation>Аутентификатор удалён</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Комментарий изменён</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>Отправка сообщений пользователям возобновлена</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>Адрес не разрешён</translation>
    </message>
    <message>
        <source>Use of the authenticator denied</source>
        <translation>Использование аутентификатора запрещено</translation>
    </message>
    <message>
        <source>Refused: authenticator blocked</source>
        <translation>Отказ: аутентификатор заблокирован</translation>
    </message>
    <message>
        <source>Refused: sending suspended</source>
        <translation>Отказ: отправка приостановлена</translation>
    </message>
    <message>
        <source>Self-service operation refused</source>
        <translation>Операция самообслуживания отклонена</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>Неизвестная учётная запись</translation>
    </message>
    <message>
        <source>Phone number refused</source>
        <translation>Номер телефона отклонён</translation>
    </message>
    <message>
        <source>Gateway failed to send</source>
        <translation>Шлюзу не удалось отправить сообщение</translation>
    </message>
    <message>
        <source>Switched to the second gateway</source>
        <translation>Переключение на второй шлюз</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Тестовое сообщение отправлено</translation>
    </message>
    <message>
        <source>Potential spam attack detected. Sending suspended.</source>
        <translation>Обнаружена потенциальная спам-атака. Отправка сообщений приостановлена.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <source>Settings imported</source>
        <translation>Настройки импортированы</translation>
    </message>
    <message>
        <source>Phone number revealed</source>
        <translation>Номер телефона показан</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Парольная фраза хранилища изменена</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Ключ хранилища создан</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Событие %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Client address refused</source>
        <translation>Адрес клиента отклонён</translation>
    </message>
    <message>
        <source>Verification refused: its outcome could not be recorded</source>
        <translation>Проверка отклонена: не удалось записать её результат</translation>
    </message>
    <message>
        <source>API call refused: token missing or unknown</source>
        <translation>Вызов API отклонён: токен отсутствует или неизвестен</translation>
    </message>
    <message>
        <source>API call refused: token expired</source>
        <translation>Вызов API отклонён: срок действия токена истёк</translation>
    </message>
    <message>
        <source>API call refused: token disabled</source>
        <translation>Вызов API отклонён: токен отключён</translation>
    </message>
    <message>
        <source>API call refused: scope missing</source>
        <translation>Вызов API отклонён: нет области доступа</translation>
    </message>
    <message>
        <source>User not in the directory</source>
        <translation>Пользователь не найден в каталоге</translation>
    </message>
    <message>
        <source>No phone number in the directory</source>
        <translation>В каталоге нет номера телефона</translation>
    </message>
    <message>
        <source>Directory phone number refused</source>
        <translation>Номер телефона из каталога отклонён</translation>
    </message>
    <message>
        <source>Several phone numbers in the directory</source>
        <translation>Несколько номеров телефона в каталоге</translation>
    </message>
    <message>
        <source>Directory unreachable</source>
        <translation>Каталог недоступен</translation>
    </message>
    <message>
        <source>Directory bind refused</source>
        <translation>Каталог отклонил привязку</translation>
    </message>
    <message>
        <source>Directory search failed</source>
        <translation>Поиск в каталоге не удался</translation>
    </message>
    <message>
        <source>No directory connection configured</source>
        <translation>Подключение к каталогу не настроено</translation>
    </message>
    <message>
        <source>Store number used instead of the directory&apos;s</source>
        <translation>Использован номер из хранилища вместо номера из каталога</translation>
    </message>
    <message>
        <source>Users imported from the directory</source>
        <translation>Пользователи импортированы из каталога</translation>
    </message>
    <message>
        <source>Settings section damaged</source>
        <translation>Раздел настроек повреждён</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>API-токен создан</translation>
    </message>
    <message>
        <source>API token disabled</source>
        <translation>API-токен отключён</translation>
    </message>
    <message>
        <source>API token enabled</source>
        <translation>API-токен включён</translation>
    </message>
    <message>
        <source>API token deleted</source>
        <translation>API-токен удалён</translation>
    </message>
    <message>
        <source>Provider server started</source>
        <translation>Сервер провайдера запущен</translation>
    </message>
    <message>
        <source>Provider server stopped</source>
        <translation>Сервер провайдера остановлен</translation>
    </message>
    <message>
        <source>Console locked after inactivity</source>
        <translation>Консоль заблокирована из-за бездействия</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Консоль заблокирована</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>Консоль разблокирована</translation>
    </message>
    <message>
        <source>Console unlock refused</source>
        <translation>Разблокировка консоли отклонена</translation>
    </message>
    <message>
        <source>Provider server reconnected to the store</source>
        <translation>Сервер провайдера переподключился к хранилищу</translation>
    </message>
    <message>
        <source>Console unlock paused</source>
        <translation>Разблокировка консоли приостановлена</translation>
    </message>
    <message>
        <source>Store key unlock paused</source>
        <translation>Разблокировка ключа хранилища приостановлена</translation>
    </message>
    <message>
        <source>Store key unlock refused</source>
        <translation>Разблокировка ключа хранилища отклонена</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Writing event %1</source>
        <translation>Запись события %1</translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>Reading events</source>
        <translation>Чтение событий</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>Подсчёт событий</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Адрес клиента</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Code accepted</source>
        <translation>Код принят</translation>
    </message>
    <message>
        <source>Failure counter reset</source>
        <translation>Счётчик неудачных попыток сброшен</translation>
    </message>
    <message>
        <source>Authenticator deleted</source>
        <translation>Аутентификатор удалён</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Комментарий изменён</translation>
    </message>
    <message>
        <source>The authenticator is blocked</source>
        <translation>Аутентификатор заблокирован</translation>
    </message>
    <message>
        <source>Potential spam attack detected</source>
        <translation>Обнаружена потенциальная спам-атака</translation>
    </message>
    <message>
        <source>No SMS authenticator is registered for this account</source>
        <translation>Для этой учётной записи не зарегистрирован SMS-аутентификатор</translation>
    </message>
    <message>
        <source>A valid API token is required (Authorization: Bearer TOKEN)</source>
        <translation>Требуется действительный API-токен (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>Phone number revealed in the console</source>
        <translation>Номер телефона показан в консоли</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Парольная фраза хранилища изменена</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Ключ хранилища создан</translation>
    </message>
    <message>
        <source>Console locked with File → Lock Now</source>
        <translation>Консоль заблокирована командой Файл → Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Console unlock refused: the passphrase did not unlock the key</source>
        <translation>Разблокировка консоли отклонена: парольная фраза не подошла к ключу</translation>
    </message>
    <message>
        <source>Code sent to %1 (message id %2)</source>
        <translation>Код отправлен на %1 (идентификатор сообщения %2)</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>Код отправлен на %1</translation>
    </message>
    <message>
        <source>Registered with phone %1</source>
        <translation>Зарегистрирован с телефоном %1</translation>
    </message>
    <message>
        <source>Phone changed to %1</source>
        <translation>Телефон изменён на %1</translation>
    </message>
    <message>
        <source>Sending resumed: spam protection was turned off</source>
        <translation>Отправка сообщений возобновлена: защита от спама выключена</translation>
    </message>
    <message numerus="yes">
        <source>Sending resumed: the suspension of %n second(s) has passed</source>
        <translation>
            <numerusform>Отправка сообщений возобновлена: истекла приостановка на %n секунду</numerusform>
            <numerusform>Отправка сообщений возобновлена: истекла приостановка на %n секунды</numerusform>
            <numerusform>Отправка сообщений возобновлена: истекла приостановка на %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending resumed: %1% of the messages in the window led to a sign-in</source>
        <translation>Отправка сообщений возобновлена: %1% сообщений в окне привели ко входу</translation>
    </message>
    <message>
        <source>The SMS to %1 could not be sent: %2 (%3 %4)</source>
        <translation>Не удалось отправить SMS на %1: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the test SMS to %2 went through the second gateway</source>
        <translation>Сбой первого шлюза (%1); тестовое SMS на %2 отправлено через второй шлюз</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the SMS to %2 went through the second gateway</source>
        <translation>Сбой первого шлюза (%1); SMS на %2 отправлено через второй шлюз</translation>
    </message>
    <message>
        <source>Address %1 is not allowed</source>
        <translation>Адрес %1 не разрешён</translation>
    </message>
    <message>
        <source>Use of the authenticator denied by an administrator</source>
        <translation>Использование аутентификатора запрещено администратором</translation>
    </message>
    <message>
        <source>Use of this authenticator is denied</source>
        <translation>Использование этого аутентификатора запрещено</translation>
    </message>
    <message>
        <source>The access rights do not allow users to do this themselves</source>
        <translation>Права доступа не разрешают пользователям делать это самостоятельно</translation>
    </message>
    <message>
        <source>The phone number was refused: %1</source>
        <translation>Номер телефона отклонён: %1</translation>
    </message>
    <message>
        <source>Client address refused: %1</source>
        <translation>Адрес клиента отклонён: %1</translation>
    </message>
    <message>
        <source>A code could not be checked because the store failed (%1); the code was withdrawn and the attempt counted as a failure</source>
        <translation>Код не удалось проверить из-за сбоя хранилища (%1); код отозван, а попытка засчитана как неудачная</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; has expired</source>
        <translation>Срок действия API-токена «%1» истёк</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; is disabled</source>
        <translation>API-токен «%1» отключён</translation>
    </message>
    <message>
        <source>The API token &apos;%1&apos; lacks the scope %2</source>
        <translation>У API-токена «%1» нет области доступа %2</translation>
    </message>
    <message>
        <source>%1 registered and %2 updated from the directory</source>
        <translation>Из каталога зарегистрировано: %1, обновлено: %2</translation>
    </message>
    <message>
        <source>%1; the store&apos;s own number is used instead</source>
        <translation>%1; вместо него используется номер из хранилища</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1, версия %2: %3</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>нет изменений</translation>
    </message>
    <message>
        <source>Settings section %1 is damaged: %2; the engine sends and accepts no codes</source>
        <translation>Раздел настроек %1 повреждён: %2; модуль не отправляет и не принимает коды</translation>
    </message>
    <message>
        <source>Started on %1 listening on %2 (version %3)</source>
        <translation>Запущен на %1, прослушивает %2 (версия %3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s)</source>
        <translation>
            <numerusform>Остановлен после %n запроса</numerusform>
            <numerusform>Остановлен после %n запросов</numerusform>
            <numerusform>Остановлен после %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>Консоль заблокирована через %n минуту бездействия</numerusform>
            <numerusform>Консоль заблокирована через %n минуты бездействия</numerusform>
            <numerusform>Консоль заблокирована через %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <source>Console unlocked from this computer&apos;s keychain</source>
        <translation>Консоль разблокирована с помощью связки ключей этого компьютера</translation>
    </message>
    <message>
        <source>Console unlocked with the store&apos;s passphrase</source>
        <translation>Консоль разблокирована парольной фразой хранилища</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Неверный код</translation>
    </message>
    <message>
        <source>No code was requested</source>
        <translation>Код не запрашивался</translation>
    </message>
    <message>
        <source>The code has expired</source>
        <translation>Срок действия кода истёк</translation>
    </message>
    <message>
        <source>%1 (failure %2 of %3)</source>
        <translation>%1 (неудача %2 из %3)</translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) until a help-desk unblock</source>
        <translation>
            <numerusform>Заблокирован после %n неверного кода до разблокировки службой поддержки</numerusform>
            <numerusform>Заблокирован после %n неверных кодов до разблокировки службой поддержки</numerusform>
            <numerusform>Заблокирован после %n неверных кодов до разблокировки службой поддержки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked after %n wrong code(s) until %1</source>
        <translation>
            <numerusform>Заблокирован после %n неверного кода до %1</numerusform>
            <numerusform>Заблокирован после %n неверных кодов до %1</numerusform>
            <numerusform>Заблокирован после %n неверных кодов до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblocked automatically: the block time has passed</source>
        <translation>Разблокирован автоматически: время блокировки истекло</translation>
    </message>
    <message numerus="yes">
        <source>Every blocked authenticator unblocked by the help desk (%n)</source>
        <translation>
            <numerusform>Все заблокированные аутентификаторы разблокированы службой поддержки (%n)</numerusform>
            <numerusform>Все заблокированные аутентификаторы разблокированы службой поддержки (%n)</numerusform>
            <numerusform>Все заблокированные аутентификаторы разблокированы службой поддержки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblocked by the help desk</source>
        <translation>Разблокирован службой поддержки</translation>
    </message>
    <message>
        <source>Use of the authenticator allowed again</source>
        <translation>Использование аутентификатора снова разрешено</translation>
    </message>
    <message>
        <source>%1 (from the directory)</source>
        <translation>%1 (из каталога)</translation>
    </message>
    <message>
        <source>%1 (CSV import)</source>
        <translation>%1 (импорт из CSV)</translation>
    </message>
    <message>
        <source>%1 (directory import)</source>
        <translation>%1 (импорт из каталога)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the window</source>
        <translation>
            <numerusform>%n сообщение в окне</numerusform>
            <numerusform>%n сообщения в окне</numerusform>
            <numerusform>%n сообщений в окне</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successful sign-in(s)</source>
        <translation>
            <numerusform>%n успешный вход</numerusform>
            <numerusform>%n успешных входа</numerusform>
            <numerusform>%n успешных входов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Potential spam attack detected. Sending suspended. %1, %2 (%3%, minimum %4%); suspended for %n second(s).</source>
        <translation>
            <numerusform>Обнаружена потенциальная спам-атака. Отправка сообщений приостановлена. %1, %2 (%3%, минимум %4%); приостановлено на %n секунду.</numerusform>
            <numerusform>Обнаружена потенциальная спам-атака. Отправка сообщений приостановлена. %1, %2 (%3%, минимум %4%); приостановлено на %n секунды.</numerusform>
            <numerusform>Обнаружена потенциальная спам-атака. Отправка сообщений приостановлена. %1, %2 (%3%, минимум %4%); приостановлено на %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>шлюз</translation>
    </message>
    <message>
        <source>Validate-only test SMS to %1 through %2: %3</source>
        <translation>Тестовое SMS (только проверка) на %1 через %2: %3</translation>
    </message>
    <message>
        <source>Test SMS to %1 through %2: %3</source>
        <translation>Тестовое SMS на %1 через %2: %3</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 мс)</translation>
    </message>
    <message>
        <source>; the first gateway failed: %1</source>
        <translation>; сбой первого шлюза: %1</translation>
    </message>
    <message>
        <source>API token %1 enabled</source>
        <translation>API-токен %1 включён</translation>
    </message>
    <message>
        <source>API token %1 disabled</source>
        <translation>API-токен %1 отключён</translation>
    </message>
    <message>
        <source>scopes %1</source>
        <translation>области доступа %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>истекает %1</translation>
    </message>
    <message>
        <source>exempt from the IP allow-list</source>
        <translation>исключён из списка разрешённых IP</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>API token %1 created: %2</source>
        <translation>API-токен %1 создан: %2</translation>
    </message>
    <message>
        <source>API token %1 deleted (%2)</source>
        <translation>API-токен %1 удалён (%2)</translation>
    </message>
    <message>
        <source>Store key unlock refused: the passphrase did not unlock the key</source>
        <translation>Разблокировка ключа хранилища отклонена: парольная фраза не подошла к ключу</translation>
    </message>
    <message numerus="yes">
        <source>Store connection lost at %1, restored after %n second(s): %2</source>
        <translation>
            <numerusform>Подключение к хранилищу потеряно в %1, восстановлено через %n секунду: %2</numerusform>
            <numerusform>Подключение к хранилищу потеряно в %1, восстановлено через %n секунды: %2</numerusform>
            <numerusform>Подключение к хранилищу потеряно в %1, восстановлено через %n секунд: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passphrase(s) in a row</source>
        <translation>
            <numerusform>%n неверной парольной фразы подряд</numerusform>
            <numerusform>%n неверных парольных фраз подряд</numerusform>
            <numerusform>%n неверных парольных фраз подряд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console unlock paused for %n second(s) after %1</source>
        <translation>
            <numerusform>Разблокировка консоли приостановлена на %n секунду после %1</numerusform>
            <numerusform>Разблокировка консоли приостановлена на %n секунды после %1</numerusform>
            <numerusform>Разблокировка консоли приостановлена на %n секунд после %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store key unlock paused for %n second(s) after %1</source>
        <translation>
            <numerusform>Разблокировка ключа хранилища приостановлена на %n секунду после %1</numerusform>
            <numerusform>Разблокировка ключа хранилища приостановлена на %n секунды после %1</numerusform>
            <numerusform>Разблокировка ключа хранилища приостановлена на %n секунд после %1</numerusform>
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
                                   журнал событий, новые сначала
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]</source>
        <translation>Использование: smsotp-cli events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for events list.</source>
        <translation>Неизвестный параметр «%1» для events list.</translation>
    </message>
    <message>
        <source>%1 needs a valid value (got &apos;%2&apos;).</source>
        <translation>Для %1 нужно допустимое значение (получено «%2»).</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Хранилище не открыто</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>Экспорт событий…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Журнал событий</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show only events with this code.</source>
        <translation>Показывать только события с этим кодом.</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Код события</translation>
    </message>
    <message>
        <source>Account (exact login, Ctrl+F)</source>
        <translation>Учётная запись (точный логин, Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only the events of this account.</source>
        <translation>Показывать только события этой учётной записи.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Show only events at or after this time.</source>
        <translation>Показывать только события начиная с этого времени.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Show only events before this time.</source>
        <translation>Показывать только события до этого времени.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save every event the filters match to a CSV file.</source>
        <translation>Сохранить все события, подходящие под фильтры, в файл CSV.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the event log again (F5).</source>
        <translation>Перечитать журнал событий (F5).</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation>
            <numerusform>около %Ln события</numerusform>
            <numerusform>около %Ln событий</numerusform>
            <numerusform>около %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s estimate. The exact number is being counted and replaces it.</source>
        <translation>Оценка базы данных. Точное число подсчитывается и заменит её.</translation>
    </message>
</context>
<context>
    <name>FailoverGateway</name>
    <message>
        <source>%1, then %2</source>
        <translation>%1, затем %2</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>должно быть от %1 до %2</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters long</source>
        <translation>
            <numerusform>не должно быть длиннее %n символа</numerusform>
            <numerusform>не должно быть длиннее %n символов</numerusform>
            <numerusform>не должно быть длиннее %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>may have at most %n entries</source>
        <translation>
            <numerusform>может содержать не более %n элемента</numerusform>
            <numerusform>может содержать не более %n элементов</numerusform>
            <numerusform>может содержать не более %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>holds an invalid character (a lone UTF-16 surrogate) at position %1</source>
        <translation>содержит недопустимый символ (одиночный суррогат UTF-16) в позиции %1</translation>
    </message>
    <message>
        <source>holds a control character (U+%1) at position %2; control characters such as line breaks, tabs and escape sequences are not allowed</source>
        <translation>содержит управляющий символ (U+%1) в позиции %2; управляющие символы, такие как переводы строк, табуляции и escape-последовательности, не допускаются</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n characters.</source>
        <translation>
            <numerusform>%1 длиннее %n символа.</numerusform>
            <numerusform>%1 длиннее %n символов.</numerusform>
            <numerusform>%1 длиннее %n символов.</numerusform>
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
        <translation>Неизвестный тип шлюза.</translation>
    </message>
    <message>
        <source>The second gateway cannot be used: %1</source>
        <translation>Второй шлюз нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The gateway&apos;s password or token is stored encrypted: unlock the store key (its passphrase) to send.</source>
        <translation>Пароль или токен шлюза хранится в зашифрованном виде: чтобы отправлять сообщения, разблокируйте ключ хранилища (его парольной фразой).</translation>
    </message>
</context>
<context>
    <name>GatewaySettings</name>
    <message>
        <source>each entry must be {&quot;name&quot;: text, &quot;value&quot;: text}</source>
        <translation>каждый элемент должен иметь вид {&quot;name&quot;: текст, &quot;value&quot;: текст}</translation>
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
        <translation>Универсальный HTTP</translation>
    </message>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Файл для разработки (только для тестирования)</translation>
    </message>
    <message>
        <source>a second gateway cannot have a second gateway of its own</source>
        <translation>у второго шлюза не может быть собственного второго шлюза</translation>
    </message>
    <message>
        <source>must be a gateway&apos;s settings object or null</source>
        <translation>должно быть объектом настроек шлюза или null</translation>
    </message>
    <message>
        <source>must not be longer than the total timeout</source>
        <translation>не должно превышать общий таймаут</translation>
    </message>
    <message>
        <source>enter the gateway&apos;s address, for example https://sms.example.com</source>
        <translation>укажите адрес шлюза, например https://sms.example.com</translation>
    </message>
    <message>
        <source>must be an https:// address (plain http:// only to this computer, for tests)</source>
        <translation>должен быть адресом https:// (http:// допускается только для этого компьютера, для тестов)</translation>
    </message>
    <message>
        <source>this gateway needs a login</source>
        <translation>для этого шлюза нужен логин</translation>
    </message>
    <message>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>должен быть отпечатком SHA-1: 40 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>не является допустимым регулярным выражением: %1</translation>
    </message>
    <message>
        <source>every header needs a name without &apos;:&apos;</source>
        <translation>у каждого заголовка должно быть имя без «:»</translation>
    </message>
    <message>
        <source>every parameter needs a name</source>
        <translation>у каждого параметра должно быть имя</translation>
    </message>
</context>
<context>
    <name>GatewaySettingsPage</name>
    <message>
        <source>the store key is locked: unlock it with the store&apos;s passphrase before changing a secret</source>
        <translation>ключ хранилища заблокирован: перед изменением секрета разблокируйте его парольной фразой хранилища</translation>
    </message>
    <message>
        <source>Type a new value to replace the stored one</source>
        <translation>Введите новое значение, чтобы заменить сохранённое</translation>
    </message>
    <message>
        <source>Outbox File</source>
        <translation>Файл исходящих сообщений</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>Строки JSON (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The SMS gateway that delivers the codes, and how the provider reaches it. Passwords and tokens are stored encrypted with the store key and are never shown again.</source>
        <translation>SMS-шлюз, который доставляет коды, и способ подключения к нему. Пароли и токены хранятся в зашифрованном виде с ключом хранилища и больше никогда не показываются.</translation>
    </message>
    <message>
        <source>Development file (for testing only)</source>
        <translation>Файл для разработки (только для тестирования)</translation>
    </message>
    <message>
        <source>Gateway &amp;type:</source>
        <translation>&amp;Тип шлюза:</translation>
    </message>
    <message>
        <source>The provider&apos;s protocol. SMS Proxy, OneGate, MFMSolutions and Megafon as in Indeed AM; SMSAPI and Generic HTTP beyond.</source>
        <translation>Протокол провайдера. SMS Proxy, OneGate, MFMSolutions и Megafon — как в Indeed AM; SMSAPI и Универсальный HTTP — дополнительно.</translation>
    </message>
    <message>
        <source>Messages are appended to a file instead of being sent. Use it only to try the configuration: no SMS reaches a phone.</source>
        <translation>Сообщения не отправляются, а дописываются в файл. Используйте только для проверки конфигурации: ни одно SMS не дойдёт до телефона.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес подключения к серверу:</translation>
    </message>
    <message>
        <source>The gateway&apos;s base address, for example https://sms.example.com. Only https:// is accepted, except http:// to this computer for tests.</source>
        <translation>Базовый адрес шлюза, например https://sms.example.com. Принимается только https://, кроме http:// к этому компьютеру для тестов.</translation>
    </message>
    <message>
        <source>Outbox &amp;file:</source>
        <translation>&amp;Файл исходящих:</translation>
    </message>
    <message>
        <source>Where the development gateway writes each message, one JSON object a line. Empty: a file beside the local store.</source>
        <translation>Куда шлюз для разработки записывает каждое сообщение — по одному объекту JSON в строке. Пусто — файл рядом с локальным хранилищем.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the outbox file.</source>
        <translation>Выберите файл исходящих сообщений.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>The account name the gateway gave you.</source>
        <translation>Имя учётной записи, выданное вам поставщиком шлюза.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>The account&apos;s password. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Пароль учётной записи. Хранится в зашифрованном виде; оставьте поле пустым, чтобы сохранить прежний.</translation>
    </message>
    <message>
        <source>OAuth2 to&amp;ken:</source>
        <translation>OAuth2-то&amp;кен:</translation>
    </message>
    <message>
        <source>The bearer token from the gateway&apos;s customer portal. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Токен доступа (bearer) с клиентского портала шлюза. Хранится в зашифрованном виде; оставьте поле пустым, чтобы сохранить прежний.</translation>
    </message>
    <message>
        <source>&amp;Connection timeout:</source>
        <translation>Таймаут по&amp;дключения:</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection to the gateway (%1–%2, default 5).</source>
        <translation>Сколько секунд ждать подключения к шлюзу (%1–%2, по умолчанию 5).</translation>
    </message>
    <message>
        <source>&amp;Total timeout:</source>
        <translation>Об&amp;щий таймаут:</translation>
    </message>
    <message>
        <source>Seconds to wait for the gateway&apos;s answer in all (%1–%2, default 15).</source>
        <translation>Сколько секунд всего ждать ответа шлюза (%1–%2, по умолчанию 15).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The store key is locked, so passwords and tokens cannot be changed now. Unlock it with the store&apos;s passphrase first; the other fields can be saved meanwhile.</source>
        <translation>Ключ хранилища заблокирован, поэтому пароли и токены сейчас изменить нельзя. Сначала разблокируйте его парольной фразой хранилища; остальные поля можно сохранить и сейчас.</translation>
    </message>
    <message>
        <source>Certificate &amp;passphrase:</source>
        <translation>Парольная фраза с&amp;ертификата:</translation>
    </message>
    <message>
        <source>Only when the client certificate&apos;s key or PKCS#12 file is encrypted. Stored encrypted; leave empty to keep the stored one.</source>
        <translation>Только если ключ сертификата клиента или файл PKCS#12 зашифрован. Хранится в зашифрованном виде; оставьте поле пустым, чтобы сохранить прежнюю.</translation>
    </message>
    <message>
        <source>%1 — %2, valid until %3</source>
        <translation>%1 — %2, действителен до %3</translation>
    </message>
    <message>
        <source>No certificate with its private key in %1. Put the client certificate there as PEM (with NAME.key beside it) or PKCS#12.</source>
        <translation>В %1 нет сертификата с закрытым ключом. Поместите туда сертификат клиента в формате PEM (с файлом NAME.key рядом) или PKCS#12.</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Сертификат клиента</translation>
    </message>
    <message>
        <source>Certificates in %1:</source>
        <translation>Сертификаты в %1:</translation>
    </message>
    <message>
        <source>This gateway has no connection check.</source>
        <translation>Для этого шлюза проверка подключения не предусмотрена.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>C&amp;lient certificate thumbprint:</source>
        <translation>Отпечаток сертификата кл&amp;иента:</translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint of the certificate this console presents, 40 hexadecimal digits (spaces and case do not matter). Choose… lists the certificates in the certificate folder.</source>
        <translation>Отпечаток SHA-1 сертификата, который предъявляет эта консоль: 40 шестнадцатеричных цифр (пробелы и регистр не важны). Кнопка «Выбрать…» показывает сертификаты из папки сертификатов.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Ser&amp;ver certificate thumbprint:</source>
        <translation>Отпечаток сертификата &amp;сервера:</translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint of the SMS Proxy server&apos;s certificate. Only that certificate is accepted, whatever its issuer; any other ends the connection before anything is sent.</source>
        <translation>Отпечаток SHA-1 сертификата сервера SMS Proxy. Принимается только этот сертификат, кем бы он ни был выдан; любой другой разрывает соединение до отправки каких-либо данных.</translation>
    </message>
    <message>
        <source>Certificate &amp;folder:</source>
        <translation>Папка се&amp;ртификатов:</translation>
    </message>
    <message>
        <source>The folder of PEM and PKCS#12 files the client certificate is taken from. Empty: %1.</source>
        <translation>Папка с файлами PEM и PKCS#12, из которой берётся сертификат клиента. Если пусто — %1.</translation>
    </message>
    <message>
        <source>HTTP &amp;method:</source>
        <translation>&amp;Метод HTTP:</translation>
    </message>
    <message>
        <source>GET puts the parameters in the address; POST sends them as the body.</source>
        <translation>GET передаёт параметры в адресе; POST отправляет их в теле запроса.</translation>
    </message>
    <message>
        <source>&amp;Body format:</source>
        <translation>&amp;Формат тела запроса:</translation>
    </message>
    <message>
        <source>How POST sends the parameters.</source>
        <translation>Как POST передаёт параметры.</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Форма (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Объект JSON</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>А&amp;утентификация:</translation>
    </message>
    <message>
        <source>None, HTTP Basic with the login and password, or a bearer token.</source>
        <translation>Без аутентификации, HTTP Basic с логином и паролем или токен Bearer.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Basic (login and password)</source>
        <translation>Basic (логин и пароль)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Токен Bearer</translation>
    </message>
    <message>
        <source>Pa&amp;rameters:</source>
        <translation>Параметр&amp;ы:</translation>
    </message>
    <message>
        <source>One name=value a line. Values may hold {phone} (+E.164), {phoneDigits} (without +), {sender} and {message}; the address may hold them too.</source>
        <translation>По одной паре name=value в строке. Значения могут содержать {phone} (+E.164), {phoneDigits} (без +), {sender} и {message}; адрес тоже может их содержать.</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <source>Extra request headers, one Name: value a line.</source>
        <translation>Дополнительные заголовки запроса, по одному в строке в виде Name: value.</translation>
    </message>
    <message>
        <source>Success te&amp;xt:</source>
        <translation>Текст у&amp;спеха:</translation>
    </message>
    <message>
        <source>A 2xx answer counts as sent only when its body contains this text (empty: any 2xx answer).</source>
        <translation>Ответ 2xx считается успешной отправкой, только если его тело содержит этот текст (пусто — любой ответ 2xx).</translation>
    </message>
    <message>
        <source>Success &amp;pattern:</source>
        <translation>&amp;Шаблон успеха:</translation>
    </message>
    <message>
        <source>A regular expression the body must match; a group named id, (?&lt;id&gt;...), becomes the message id.</source>
        <translation>Регулярное выражение, которому должно соответствовать тело ответа; именованная группа id, (?&lt;id&gt;...), становится идентификатором сообщения.</translation>
    </message>
    <message>
        <source>Fail&amp;ure text:</source>
        <translation>Текст ош&amp;ибки:</translation>
    </message>
    <message>
        <source>An answer whose body contains this text counts as failed, whatever its status.</source>
        <translation>Ответ, тело которого содержит этот текст, считается неудачным независимо от кода состояния.</translation>
    </message>
    <message>
        <source>Check &amp;Connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Отправить т&amp;естовое SMS…</translation>
    </message>
    <message>
        <source>Sends a real SMS with this page&apos;s settings, saved or not.</source>
        <translation>Отправляет настоящее SMS с настройками этой страницы, сохранёнными или нет.</translation>
    </message>
    <message>
        <source>Failover gateway: %1</source>
        <translation>Резервный шлюз: %1</translation>
    </message>
    <message>
        <source>Failover type:</source>
        <translation>Тип резервного шлюза:</translation>
    </message>
    <message>
        <source>The failover gateway&apos;s protocol. Its fields work like the first gateway&apos;s.</source>
        <translation>Протокол резервного шлюза. Его поля работают так же, как у основного шлюза.</translation>
    </message>
    <message>
        <source>First gateway: %1</source>
        <translation>Основной шлюз: %1</translation>
    </message>
    <message>
        <source>Use a fail&amp;over gateway</source>
        <translation>Использовать резерв&amp;ный шлюз</translation>
    </message>
    <message>
        <source>A second gateway, tried when the first one cannot be reached, times out or is busy. Its password or token is stored encrypted like the first one&apos;s.</source>
        <translation>Второй шлюз, который используется, когда основной недоступен, не отвечает вовремя или перегружен. Его пароль или токен хранится в зашифрованном виде, как и у основного.</translation>
    </message>
    <message>
        <source>Tried only when the first gateway fails with a connection, TLS or timeout error or asks to try again later. A refused login, number or sender is not retried there.</source>
        <translation>Используется только при ошибке соединения, TLS или тайм-аута основного шлюза либо когда он просит повторить позже. Отклонённый логин, номер или отправитель через него не повторяются.</translation>
    </message>
    <message>
        <source>Connects to the gateway, and to the failover gateway when one is used (with TLS and, for SMS Proxy, both certificates), without sending an SMS.</source>
        <translation>Подключается к шлюзу и, если он используется, к резервному шлюзу (по TLS и, для SMS Proxy, с обоими сертификатами), не отправляя SMS.</translation>
    </message>
</context>
<context>
    <name>GenericHttpGateway</name>
    <message>
        <source>The URL template does not give a valid address: %1</source>
        <translation>Шаблон URL не даёт допустимого адреса: %1</translation>
    </message>
    <message>
        <source>The gateway answered with the failure text.</source>
        <translation>Шлюз ответил текстом ошибки.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not contain the success text.</source>
        <translation>Ответ шлюза не содержит текста успеха.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not match the success pattern.</source>
        <translation>Ответ шлюза не соответствует шаблону успеха.</translation>
    </message>
</context>
<context>
    <name>HelpDeskPage</name>
    <message>
        <source>Help desk</source>
        <translation>Служба поддержки</translation>
    </message>
    <message>
        <source>Help desk: authenticators</source>
        <translation>Служба поддержки: аутентификаторы</translation>
    </message>
    <message>
        <source>Search by login, or type a phone number (Ctrl+F)</source>
        <translation>Поиск по логину или номеру телефона (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Логин начинается с</translation>
    </message>
    <message>
        <source>Login contains</source>
        <translation>Логин содержит</translation>
    </message>
    <message>
        <source>&quot;Starts with&quot; uses an index and is instant on a million users; &quot;contains&quot; reads every login.</source>
        <translation>«Начинается с» использует индекс и работает мгновенно даже на миллионе пользователей; «содержит» просматривает все логины.</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Режим поиска</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокированные</translation>
    </message>
    <message>
        <source>Use denied</source>
        <translation>Использование запрещено</translation>
    </message>
    <message>
        <source>With failed attempts</source>
        <translation>С неудачными попытками</translation>
    </message>
    <message>
        <source>Show only authenticators in this state.</source>
        <translation>Показывать только аутентификаторы в этом состоянии.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по состоянию</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Аутентификаторы</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <source>Register a new SMS authenticator for a user (Ctrl+N).</source>
        <translation>Зарегистрировать новый SMS-аутентификатор для пользователя (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <source>Register many users from a CSV file of login, phone and comment.</source>
        <translation>Зарегистрировать сразу много пользователей из файла CSV с логином, телефоном и комментарием.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unblock the selected authenticators (Ctrl+U).</source>
        <translation>Разблокировать выбранные аутентификаторы (Ctrl+U).</translation>
    </message>
    <message>
        <source>Unblock &amp;All…</source>
        <translation>Разблокировать &amp;все…</translation>
    </message>
    <message>
        <source>Reset &amp;Counter</source>
        <translation>Сбросить с&amp;чётчик</translation>
    </message>
    <message>
        <source>Set the failed attempts of the selected authenticator back to zero.</source>
        <translation>Обнулить счётчик неудачных попыток выбранного аутентификатора.</translation>
    </message>
    <message>
        <source>Edit &amp;Phone…</source>
        <translation>Изменить &amp;телефон…</translation>
    </message>
    <message>
        <source>Change the phone number; it is normalised by the Phone format rules.</source>
        <translation>Изменить номер телефона; он нормализуется по правилам раздела «Формат телефонного номера».</translation>
    </message>
    <message>
        <source>Edit C&amp;omment…</source>
        <translation>Изменить &amp;комментарий…</translation>
    </message>
    <message>
        <source>Change the comment of the selected authenticator.</source>
        <translation>Изменить комментарий выбранного аутентификатора.</translation>
    </message>
    <message>
        <source>Re&amp;veal Phone</source>
        <translation>&amp;Показать телефон</translation>
    </message>
    <message>
        <source>Show the whole phone number. This is recorded in the event log.</source>
        <translation>Показать номер телефона целиком. Это записывается в журнал событий.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected authenticators (Del).</source>
        <translation>Удалить выбранные аутентификаторы (Del).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the authenticators again (F5).</source>
        <translation>Перечитать список аутентификаторов (F5).</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Хранилище не открыто</translation>
    </message>
    <message numerus="yes">
        <source>%Ln authenticator(s)</source>
        <translation>
            <numerusform>%Ln аутентификатор</numerusform>
            <numerusform>%Ln аутентификатора</numerusform>
            <numerusform>%Ln аутентификаторов</numerusform>
        </translation>
    </message>
    <message>
        <source>(phone number matched exactly)</source>
        <translation>(точное совпадение номера телефона)</translation>
    </message>
    <message>
        <source>Unlock the store key first (File → Unlock Store Key…): phone numbers are encrypted.</source>
        <translation>Сначала разблокируйте ключ хранилища (Файл → Разблокировать ключ хранилища…): номера телефонов зашифрованы.</translation>
    </message>
    <message>
        <source>Unblock every blocked authenticator in the store, after showing how many.</source>
        <translation>Разблокировать все заблокированные аутентификаторы в хранилище (сначала будет показано их количество).</translation>
    </message>
    <message>
        <source>Unblock Authenticators</source>
        <translation>Разблокировка аутентификаторов</translation>
    </message>
    <message numerus="yes">
        <source>Unblock the %n selected authenticator(s)? Those that are not blocked stay as they are.</source>
        <translation>
            <numerusform>Разблокировать %n выбранный аутентификатор? Незаблокированные останутся без изменений.</numerusform>
            <numerusform>Разблокировать %n выбранных аутентификатора? Незаблокированные останутся без изменений.</numerusform>
            <numerusform>Разблокировать %n выбранных аутентификаторов? Незаблокированные останутся без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock All</source>
        <translation>Разблокировать все</translation>
    </message>
    <message>
        <source>No authenticator is blocked.</source>
        <translation>Заблокированных аутентификаторов нет.</translation>
    </message>
    <message numerus="yes">
        <source>Unblock all %Ln blocked authenticator(s) in this store? Their failure counters are reset too.</source>
        <translation>
            <numerusform>Разблокировать %Ln заблокированный аутентификатор в этом хранилище? Счётчики неудачных попыток тоже будут сброшены.</numerusform>
            <numerusform>Разблокировать все %Ln заблокированных аутентификатора в этом хранилище? Счётчики неудачных попыток тоже будут сброшены.</numerusform>
            <numerusform>Разблокировать все %Ln заблокированных аутентификаторов в этом хранилище? Счётчики неудачных попыток тоже будут сброшены.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failure counter reset.</source>
        <translation>%1: счётчик неудачных попыток сброшен.</translation>
    </message>
    <message>
        <source>Edit Phone of %1</source>
        <translation>Изменение телефона %1</translation>
    </message>
    <message>
        <source>New phone number (it is normalised by the Phone format rules; now %1):</source>
        <translation>Новый номер телефона (нормализуется по правилам раздела «Формат телефонного номера»; сейчас %1):</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Edit Comment of %1</source>
        <translation>Изменение комментария %1</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Delete the SMS authenticator of %1? The user cannot sign in with SMS until it is registered again.</source>
        <translation>Удалить SMS-аутентификатор пользователя %1? Пользователь не сможет входить с помощью SMS, пока аутентификатор не будет зарегистрирован снова.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected SMS authenticator(s)? These users cannot sign in with SMS until they are registered again.</source>
        <translation>
            <numerusform>Удалить %n выбранный SMS-аутентификатор? Эти пользователи не смогут входить с помощью SMS, пока их не зарегистрируют снова.</numerusform>
            <numerusform>Удалить %n выбранных SMS-аутентификатора? Эти пользователи не смогут входить с помощью SMS, пока их не зарегистрируют снова.</numerusform>
            <numerusform>Удалить %n выбранных SMS-аутентификаторов? Эти пользователи не смогут входить с помощью SMS, пока их не зарегистрируют снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Authenticators</source>
        <translation>Удаление аутентификаторов</translation>
    </message>
    <message numerus="yes">
        <source>%n authenticator(s) deleted.</source>
        <translation>
            <numerusform>Удалён %n аутентификатор.</numerusform>
            <numerusform>Удалено %n аутентификатора.</numerusform>
            <numerusform>Удалено %n аутентификаторов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store was closed.</source>
        <translation>Хранилище было закрыто.</translation>
    </message>
    <message>
        <source>phone number revealed in the console</source>
        <translation>номер телефона показан в консоли</translation>
    </message>
    <message>
        <source>%1: phone number revealed (recorded in the event log).</source>
        <translation>%1: номер телефона показан (записано в журнал событий).</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n пользователь.</numerusform>
            <numerusform>Импортировано %n пользователя.</numerusform>
            <numerusform>Импортировано %n пользователей.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no key yet, and phone numbers are stored encrypted: create the key first (File → Create Store Key…).</source>
        <translation>У этого хранилища ещё нет ключа, а номера телефонов хранятся в зашифрованном виде: сначала создайте ключ (Файл → Создать ключ хранилища…).</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln authenticator(s)</source>
        <translation>
            <numerusform>около %Ln аутентификатора</numerusform>
            <numerusform>около %Ln аутентификаторов</numerusform>
            <numerusform>около %Ln аутентификаторов</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s estimate. The exact number is being counted and replaces it.</source>
        <translation>Оценка базы данных. Точное число подсчитывается и заменит её.</translation>
    </message>
    <message>
        <source>Your store login (%1) may only read: the help desk&apos;s changes need the help desk or administrator role. Ask the store&apos;s administrator (smsotp-cli store grant).</source>
        <translation>Ваша учётная запись хранилища (%1) может только читать: изменения службы поддержки требуют роли службы поддержки или администратора. Обратитесь к администратору хранилища (smsotp-cli store grant).</translation>
    </message>
    <message>
        <source>Matches logins; a whole phone number is matched exactly (needs the store key). At most %1 characters.</source>
        <translation>Ищет по логинам; полный номер телефона ищется по точному совпадению (нужен ключ хранилища). Не более %1 символов.</translation>
    </message>
    <message>
        <source>Import from &amp;Directory…</source>
        <translation>Импорт из &amp;каталога…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Every help-desk action, including the less frequent ones.</source>
        <translation>Все действия службы поддержки, включая редкие.</translation>
    </message>
    <message>
        <source>Register the directory&apos;s users with the numbers the directory holds (Settings → Directory).</source>
        <translation>Зарегистрировать пользователей каталога с номерами, которые хранятся в каталоге (Настройки → Каталог).</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Импорт пользователей</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported or updated from the directory.</source>
        <translation>
            <numerusform>%n пользователь импортирован или обновлён из каталога.</numerusform>
            <numerusform>%n пользователя импортировано или обновлено из каталога.</numerusform>
            <numerusform>%n пользователей импортировано или обновлено из каталога.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Cannot Read History</source>
        <translation>Не удаётся прочитать историю</translation>
    </message>
    <message>
        <source>Version %1, saved by %2.</source>
        <translation>Версия %1, сохранил(а) %2.</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Изменения:</translation>
    </message>
    <message>
        <source>Values of this version:</source>
        <translation>Значения этой версии:</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Восстановление версии</translation>
    </message>
    <message>
        <source>Save version %1 of &quot;%2&quot; again as its newest version? Unsaved input on that page is replaced.</source>
        <translation>Сохранить версию %1 раздела «%2» ещё раз как самую новую? Несохранённые данные на этой странице будут заменены.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Every save of &quot;%1&quot;, newest first. Choose a version to see its values; Restore saves it again as a new version.</source>
        <translation>Все сохранения раздела «%1», новые сначала. Выберите версию, чтобы увидеть её значения; «Восстановить» сохраняет её ещё раз как новую версию.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <source>Details of the chosen version</source>
        <translation>Сведения о выбранной версии</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Save the chosen version again; the versions after it stay in the history.</source>
        <translation>Сохранить выбранную версию ещё раз; более поздние версии остаются в истории.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>HttpGatewayBase</name>
    <message>
        <source>The gateway refused the login, password or token (HTTP %1).</source>
        <translation>Шлюз отклонил логин, пароль или токен (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway is busy (HTTP %1); try again later.</source>
        <translation>Шлюз занят (HTTP %1); повторите попытку позже.</translation>
    </message>
    <message>
        <source>The gateway&apos;s server failed (HTTP %1).</source>
        <translation>Сбой на сервере шлюза (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway redirected the request (HTTP %1); check the address.</source>
        <translation>Шлюз перенаправил запрос (HTTP %1); проверьте адрес.</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>Шлюз отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 refused the message: %2 (HTTP %3).</source>
        <translation>%1 отклонил сообщение: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Cancelled. The gateway may already have accepted the message.</source>
        <translation>Отменено. Возможно, шлюз уже принял сообщение.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 within %n second(s).</source>
        <translation>
            <numerusform>Не удалось подключиться к %1 за %n секунду.</numerusform>
            <numerusform>Не удалось подключиться к %1 за %n секунды.</numerusform>
            <numerusform>Не удалось подключиться к %1 за %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s); the message may or may not have been accepted.</source>
        <translation>
            <numerusform>Нет ответа от %1 за %n секунду; неизвестно, принято ли сообщение.</numerusform>
            <numerusform>Нет ответа от %1 за %n секунды; неизвестно, принято ли сообщение.</numerusform>
            <numerusform>Нет ответа от %1 за %n секунд; неизвестно, принято ли сообщение.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (the server must offer TLS 1.2 or newer and accept this client): %2</source>
        <translation>Не удалось установить защищённое соединение с %1 (сервер должен поддерживать TLS 1.2 или новее и принимать этого клиента): %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Сертификат %1 не является доверенным: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>The gateway answered (HTTP %1): the address and the secure connection work. Send a test SMS to check the credentials and the sender.</source>
        <translation>Шлюз ответил (HTTP %1): адрес и защищённое соединение работают. Чтобы проверить учётные данные и отправителя, отправьте тестовое SMS.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Адрес не является допустимым URL.</translation>
    </message>
</context>
<context>
    <name>HttpsServer</name>
    <message>
        <source>Cannot use the certificate %1: %2</source>
        <translation>Не удаётся использовать сертификат %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the private key %1: %2</source>
        <translation>Не удаётся использовать закрытый ключ %1: %2</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>Закрытый ключ %1 не соответствует сертификату %2.</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>Не удаётся настроить TLS: %1</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1).</source>
        <translation>Запрос отклонён (HTTP %1).</translation>
    </message>
    <message>
        <source>No such endpoint: %1 %2</source>
        <translation>Нет такой конечной точки: %1 %2</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Тело запроса больше %1 байт.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>Запрос сформирован неправильно.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Внутренняя ошибка.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Не удаётся прослушивать %1, порт %2: %3</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Не удаётся прослушивать %1, порт %2.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Импорт настроек</translation>
    </message>
    <message>
        <source>%1 holds the settings stored now: importing it changes nothing.</source>
        <translation>%1 содержит те же настройки, что сохранены сейчас: импорт ничего не изменит.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 changes %n field(s) listed below. Nothing is written until you choose Apply; the sections are then saved together, or none of them.</source>
        <translation>
            <numerusform>Импорт %1 изменит %n поле (см. ниже). Ничего не записывается, пока вы не нажмёте «Применить»; затем разделы сохраняются все вместе или ни один.</numerusform>
            <numerusform>Импорт %1 изменит %n поля (см. ниже). Ничего не записывается, пока вы не нажмёте «Применить»; затем разделы сохраняются все вместе или ни один.</numerusform>
            <numerusform>Импорт %1 изменит %n полей (см. ниже). Ничего не записывается, пока вы не нажмёте «Применить»; затем разделы сохраняются все вместе или ни один.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>После импорта</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation>Изменения, вносимые импортом</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Save the imported settings.</source>
        <translation>Сохранить импортированные настройки.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
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
        <translation>%1 уже есть в списке (строка %2).</translation>
    </message>
    <message>
        <source>An address (100.10.10.2) or a CIDR range (100.10.10.0/24)</source>
        <translation>Адрес (100.10.10.2) или диапазон CIDR (100.10.10.0/24)</translation>
    </message>
    <message>
        <source>A note for the administrators, for example the office&apos;s town</source>
        <translation>Заметка для администраторов, например город офиса</translation>
    </message>
    <message>
        <source>Address or range</source>
        <translation>Адрес или диапазон</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>IpAllowListSettings</name>
    <message>
        <source>enter an address or a range</source>
        <translation>введите адрес или диапазон</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or a CIDR range such as 192.0.2.0/24</source>
        <translation>«%1» не является IP-адресом или диапазоном CIDR вида 192.0.2.0/24</translation>
    </message>
    <message>
        <source>entry %1 must be {&quot;ip&quot;: text, &quot;comment&quot;: text}</source>
        <translation>запись %1 должна иметь вид {&quot;ip&quot;: текст, &quot;comment&quot;: текст}</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>an exempt account cannot be empty</source>
        <translation>учётная запись-исключение не может быть пустой</translation>
    </message>
    <message>
        <source>add at least one address before turning the allow-list on</source>
        <translation>прежде чем включать список разрешённых IP-адресов, добавьте хотя бы один адрес</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a full IPv4 address: write all four numbers, such as 192.168.1.0 (short forms are not accepted)</source>
        <translation>«%1» не является полным адресом IPv4: укажите все четыре числа, например 192.168.1.0 (сокращённые формы не принимаются)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number with a leading zero is ambiguous (it may be read as octal); write 10.0.0.1, not 010.0.0.1</source>
        <translation>«%1»: число с ведущим нулём неоднозначно (его можно прочитать как восьмеричное); пишите 10.0.0.1, а не 010.0.0.1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: each number of an IPv4 address is 0 to 255</source>
        <translation>«%1»: каждое число адреса IPv4 — от 0 до 255</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a zone id (&apos;%&apos;) cannot be used in the allow-list</source>
        <translation>«%1»: идентификатор зоны («%») нельзя использовать в списке разрешённых адресов</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address such as 2001:db8::1</source>
        <translation>«%1» не является адресом IPv6 вида 2001:db8::1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the prefix length after &apos;/&apos; must be a number from 0 to %2</source>
        <translation>«%1»: длина префикса после «/» должна быть числом от 0 до %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (entry %2) is already in the list as &apos;%3&apos; (entry %4); remove the duplicate</source>
        <translation>«%1» (запись %2) уже есть в списке как «%3» (запись %4); удалите дубликат</translation>
    </message>
    <message>
        <source>the comment of %1 must be one line of at most %2 characters, without control characters</source>
        <translation>комментарий к %1 должен быть одной строкой не длиннее %2 символов, без управляющих символов</translation>
    </message>
    <message numerus="yes">
        <source>an exempt account may have at most %n characters</source>
        <translation>
            <numerusform>учётная запись-исключение может содержать не более %n символа</numerusform>
            <numerusform>учётная запись-исключение может содержать не более %n символов</numerusform>
            <numerusform>учётная запись-исключение может содержать не более %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 trusted proxies</source>
        <translation>не более %1 доверенных прокси</translation>
    </message>
</context>
<context>
    <name>IpAllowListSettingsPage</name>
    <message>
        <source>Import Allow-List</source>
        <translation>Импорт списка разрешённых IP-адресов</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Allow-List</source>
        <translation>Экспорт списка разрешённых IP-адресов</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) removed.</source>
        <translation>
            <numerusform>Удалена %n запись.</numerusform>
            <numerusform>Удалены %n записи.</numerusform>
            <numerusform>Удалено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import Allow-List</source>
        <translation>Не удаётся импортировать список разрешённых IP-адресов</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON list such as [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}]. %2</source>
        <translation>%1 не является списком JSON вида [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}]. %2</translation>
    </message>
    <message>
        <source>Cannot Export Allow-List</source>
        <translation>Не удаётся экспортировать список разрешённых IP-адресов</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1.</source>
        <translation>
            <numerusform>В %1 сохранена %n запись.</numerusform>
            <numerusform>В %1 сохранены %n записи.</numerusform>
            <numerusform>В %1 сохранено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) added.</source>
        <translation>
            <numerusform>Добавлена %n запись.</numerusform>
            <numerusform>Добавлены %n записи.</numerusform>
            <numerusform>Добавлено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>Отклонена %n:</numerusform>
            <numerusform>Отклонены %n:</numerusform>
            <numerusform>Отклонено %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>When on, codes are sent only to requests from the addresses below (error 1201 otherwise). Exempt accounts are never refused, so nobody locks themselves out.</source>
        <translation>Если список включён, коды отправляются только на запросы с перечисленных ниже адресов (иначе — ошибка 1201). Запросы учётных записей-исключений не отклоняются никогда, чтобы никто не заблокировал сам себя.</translation>
    </message>
    <message>
        <source>&amp;Allow requests only from the listed addresses</source>
        <translation>&amp;Разрешать запросы только с адресов из списка</translation>
    </message>
    <message>
        <source>When ticked, a request from any other address is refused with error 1201, unless the account is exempt.</source>
        <translation>Если флажок установлен, запрос с любого другого адреса отклоняется с ошибкой 1201, если учётная запись не входит в исключения.</translation>
    </message>
    <message>
        <source>Allowed addresses and &amp;ranges:</source>
        <translation>Разрешённые адреса и &amp;диапазоны:</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Разрешённые адреса</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. A range is written as 100.10.10.0/24.</source>
        <translation>Дважды щёлкните ячейку, чтобы изменить её. Диапазон записывается как 100.10.10.0/24.</translation>
    </message>
    <message>
        <source>A&amp;dd:</source>
        <translation>Д&amp;обавить:</translation>
    </message>
    <message>
        <source>Address or range, e.g. 100.10.10.2</source>
        <translation>Адрес или диапазон, например 100.10.10.2</translation>
    </message>
    <message>
        <source>New address or range</source>
        <translation>Новый адрес или диапазон</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, or a CIDR range such as 100.10.10.0/24.</source>
        <translation>Адрес IPv4 или IPv6 либо диапазон CIDR, например 100.10.10.0/24.</translation>
    </message>
    <message>
        <source>Comment, e.g. Tartu office</source>
        <translation>Комментарий, например офис в Тарту</translation>
    </message>
    <message>
        <source>Comment of the new entry</source>
        <translation>Комментарий к новой записи</translation>
    </message>
    <message>
        <source>Optional: a note for the administrators.</source>
        <translation>Необязательно: заметка для администраторов.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the address to the list. An address already listed is refused.</source>
        <translation>Добавить адрес в список. Адрес, который уже есть в списке, не добавляется.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected entries.</source>
        <translation>Удалить выбранные записи.</translation>
    </message>
    <message>
        <source>&amp;Paste Lines</source>
        <translation>&amp;Вставить строки</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s lines, one entry a line in the form &quot;100.10.10.2 # Tartu&quot;.</source>
        <translation>Добавить строки из буфера обмена — по одной записи в строке в виде «100.10.10.2 # Tartu».</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <source>Add the entries of a JSON file: [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}].</source>
        <translation>Добавить записи из файла JSON: [{&quot;ip&quot;:&quot;100.10.10.1&quot;,&quot;comment&quot;:&quot;Tartu&quot;}].</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>&amp;Экспорт JSON…</translation>
    </message>
    <message>
        <source>Write the list to a JSON file in the same form.</source>
        <translation>Записать список в файл JSON в том же формате.</translation>
    </message>
    <message>
        <source>&amp;Exempt accounts (one login a line):</source>
        <translation>Учётные записи-исклю&amp;чения (по одному логину в строке):</translation>
    </message>
    <message>
        <source>Exempt accounts</source>
        <translation>Учётные записи-исключения</translation>
    </message>
    <message>
        <source>These accounts get codes from any address. Keep an administrator here.</source>
        <translation>Эти учётные записи получают коды с любого адреса. Оставьте здесь хотя бы одного администратора.</translation>
    </message>
    <message>
        <source>&amp;Trusted proxies of the provider servers (one address or range a line):</source>
        <translation>&amp;Доверенные прокси серверов провайдера (по одному адресу или диапазону в строке):</translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation>Доверенные прокси</translation>
    </message>
    <message>
        <source>Load balancers or reverse proxies in front of smsotp-server. Only from these addresses is the caller&apos;s address taken from the X-Forwarded-For header; from any other caller the header is ignored and the connection&apos;s own address is checked.</source>
        <translation>Балансировщики нагрузки или обратные прокси перед smsotp-server. Только для запросов с этих адресов адрес вызывающего берётся из заголовка X-Forwarded-For; для остальных заголовок игнорируется и проверяется собственный адрес подключения.</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or 10.0.0.0/29</source>
        <translation>например, 10.0.0.5 или 10.0.0.0/29</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>unknown setting</source>
        <translation>неизвестная настройка</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>должно быть %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <source>a list of text values</source>
        <translation>списком текстовых значений</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>должно быть одним из: %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>списком</translation>
    </message>
    <message>
        <source>true or false (or 1 or 0)</source>
        <translation>true или false (или 1 или 0)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The console is locked</source>
        <translation>Консоль заблокирована</translation>
    </message>
    <message numerus="yes">
        <source>Locked at %1 after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Заблокирована в %1 через %n минуту бездействия.</numerusform>
            <numerusform>Заблокирована в %1 через %n минуты бездействия.</numerusform>
            <numerusform>Заблокирована в %1 через %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked at %1 with File → Lock Now.</source>
        <translation>Заблокирована в %1 командой Файл → Заблокировать сейчас.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes on %n page(s) are kept and shown again after unlocking.</source>
        <translation>
            <numerusform>Несохранённые изменения на %n странице не потеряны и будут снова показаны после разблокировки.</numerusform>
            <numerusform>Несохранённые изменения на %n страницах не потеряны и будут снова показаны после разблокировки.</numerusform>
            <numerusform>Несохранённые изменения на %n страницах не потеряны и будут снова показаны после разблокировки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open dialog(s) were closed; what was typed in them is lost.</source>
        <translation>
            <numerusform>Закрыто %n диалоговое окно; введённые в нём данные потеряны.</numerusform>
            <numerusform>Закрыто %n диалоговых окна; введённые в них данные потеряны.</numerusform>
            <numerusform>Закрыто %n диалоговых окон; введённые в них данные потеряны.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store key was wiped from this console&apos;s memory. Enter the passphrase of %1 to go on:</source>
        <translation>Ключ хранилища удалён из памяти консоли. Чтобы продолжить, введите парольную фразу для %1:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Keychain</source>
        <translation>Использовать &amp;связку ключей</translation>
    </message>
    <message>
        <source>Unlock with the store key remembered in this computer&apos;s keychain, as opening the store does.</source>
        <translation>Разблокировать ключом хранилища, запомненным в связке ключей этого компьютера, как при открытии хранилища.</translation>
    </message>
    <message>
        <source>Locked console</source>
        <translation>Заблокированная консоль</translation>
    </message>
    <message>
        <source>The keychain button still works: it asks for no passphrase.</source>
        <translation>Кнопка связки ключей по-прежнему работает: она не запрашивает парольную фразу.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Аутентификаторы</translation>
    </message>
    <message>
        <source>Storage SMS OTP</source>
        <translation>Storage SMS OTP</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (не сохранено)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
        <source>Open a SQLite store file or connect to a PostgreSQL store.</source>
        <translation>Открыть файл хранилища SQLite или подключиться к хранилищу PostgreSQL.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Save Page</source>
        <translation>&amp;Сохранить страницу</translation>
    </message>
    <message>
        <source>Save the settings page shown on the right.</source>
        <translation>Сохранить страницу настроек, показанную справа.</translation>
    </message>
    <message>
        <source>&amp;Export Settings…</source>
        <translation>&amp;Экспорт настроек…</translation>
    </message>
    <message>
        <source>Write the stored settings to a JSON file (secrets left out).</source>
        <translation>Записать сохранённые настройки в файл JSON (без секретов).</translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation>&amp;Импорт настроек…</translation>
    </message>
    <message>
        <source>Read settings from a JSON file; you see what changes before it is saved.</source>
        <translation>Прочитать настройки из файла JSON; перед сохранением вы увидите, что изменится.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>О&amp;чистить список</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About SMS OTP Console</source>
        <translation>&amp;О программе SMS OTP Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Choose the page to show on the right.</source>
        <translation>Выберите страницу, которая будет показана справа.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>Не удаётся открыть хранилище</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Открыто: %1.</translation>
    </message>
    <message>
        <source>Looking up the password of %1 in the keychain…</source>
        <translation>Поиск пароля для %1 в связке ключей…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Не удалось прочитать связку ключей: %1</translation>
    </message>
    <message>
        <source>Cannot Read Settings</source>
        <translation>Не удаётся прочитать настройки</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has changes that are not saved. Save them before leaving the page?</source>
        <translation>На странице «%1» есть несохранённые изменения. Сохранить их, прежде чем уйти со страницы?</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>Настройки экспортированы в %1.</translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Экспорт настроек</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Сначала откройте хранилище.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Импорт настроек</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>SMS OTP Console</source>
        <translation>SMS OTP Console</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Хранилище не открыто</translation>
    </message>
    <message>
        <source>%1 — SMS OTP Console</source>
        <translation>%1 — SMS OTP Console</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>%1
Identity: %2</source>
        <translation>%1
Идентификатор: %2</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Kind of store</source>
        <translation>Тип хранилища</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Не удалось обновить связку ключей: %1</translation>
    </message>
    <message>
        <source>These pages have changes that are not saved: %1. Save them?</source>
        <translation>На этих страницах есть несохранённые изменения: %1. Сохранить их?</translation>
    </message>
    <message>
        <source>Store identity: %1</source>
        <translation>Идентификатор хранилища: %1</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3.</source>
        <translation>Версия %1, собрана с Qt %2, работает на Qt %3.</translation>
    </message>
    <message>
        <source>A management console for an SMS one-time-password authentication provider.</source>
        <translation>Консоль управления провайдером аутентификации по одноразовым паролям из SMS.</translation>
    </message>
    <message>
        <source>For internal use.</source>
        <translation>Для внутреннего использования.</translation>
    </message>
    <message>
        <source>About SMS OTP Console</source>
        <translation>О программе SMS OTP Console</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Отправить &amp;тестовое SMS…</translation>
    </message>
    <message>
        <source>Send a real SMS through the saved gateway settings to check them.</source>
        <translation>Отправить настоящее SMS с сохранёнными настройками шлюза, чтобы проверить их.</translation>
    </message>
    <message>
        <source>Your store login (%1) may not change settings.</source>
        <translation>Ваша учётная запись хранилища (%1) не может изменять настройки.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>A local store file has no roles: whoever may write the file administers it.</source>
        <translation>У локального файла хранилища нет ролей: им управляет тот, кто может записывать файл.</translation>
    </message>
    <message>
        <source>The rights of your PostgreSQL login in this store (administrator, help desk or auditor); the database refuses anything else.</source>
        <translation>Права вашей учётной записи PostgreSQL в этом хранилище (администратор, служба поддержки или аудитор); всё остальное база данных отклоняет.</translation>
    </message>
    <message>
        <source>Your role in the store</source>
        <translation>Ваша роль в хранилище</translation>
    </message>
    <message>
        <source>Updating the Store</source>
        <translation>Обновление хранилища</translation>
    </message>
    <message>
        <source>Do not close the console: each step is kept only when it is finished.</source>
        <translation>Не закрывайте консоль: каждый шаг сохраняется только после завершения.</translation>
    </message>
    <message>
        <source>Reconnected to the store.</source>
        <translation>Соединение с хранилищем восстановлено.</translation>
    </message>
</context>
<context>
    <name>MegafonGateway</name>
    <message>
        <source>The number %1 is not an international number.</source>
        <translation>Номер %1 не является международным.</translation>
    </message>
    <message>
        <source>Megafon answered HTTP %1 instead of 200.</source>
        <translation>Megafon ответил HTTP %1 вместо 200.</translation>
    </message>
    <message>
        <source>Megafon&apos;s answer is not in the expected form.</source>
        <translation>Ответ Megafon имеет неожиданный формат.</translation>
    </message>
    <message>
        <source>Megafon refused the message: %1 (code %2).</source>
        <translation>Megafon отклонил сообщение: %1 (код %2).</translation>
    </message>
    <message>
        <source>Megafon refused the phone number (code %1).</source>
        <translation>Megafon отклонил номер телефона (код %1).</translation>
    </message>
    <message>
        <source>Megafon refused the sender name (code %1).</source>
        <translation>Megafon отклонил имя отправителя (код %1).</translation>
    </message>
</context>
<context>
    <name>MessageFormatSettings</name>
    <message>
        <source>a name may have at most 11 characters (or up to 15 digits)</source>
        <translation>имя может содержать не более 11 символов (или до 15 цифр)</translation>
    </message>
    <message>
        <source>may contain only Latin letters, digits, spaces, &apos;-&apos; and &apos;.&apos;</source>
        <translation>может содержать только латинские буквы, цифры, пробелы, «-» и «.»</translation>
    </message>
    <message>
        <source>a name needs at least one letter (or up to 15 digits only)</source>
        <translation>в имени должна быть хотя бы одна буква (или только цифры, не более 15)</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>должно быть одной строкой</translation>
    </message>
    <message>
        <source>must be one of the offered formats: %1</source>
        <translation>должно быть одним из предложенных форматов: %1</translation>
    </message>
</context>
<context>
    <name>MessageFormatSettingsPage</name>
    <message>
        <source>(the gateway&apos;s default sender)</source>
        <translation>(отправитель шлюза по умолчанию)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>(UCS-2 because of “%1”: one SMS holds 70 characters instead of 160)</source>
        <translation>(UCS-2 из-за «%1»: в одно SMS помещается 70 символов вместо 160)</translation>
    </message>
    <message>
        <source>What the SMS says. The message is the text before the code, a space and the code, then the date on a new line when a date format is chosen.</source>
        <translation>Текст SMS. Сообщение состоит из текста перед кодом, пробела и кода, а если выбран формат даты — ещё и даты на новой строке.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>&amp;Отправитель:</translation>
    </message>
    <message>
        <source>The name the phone shows as the sender: up to 11 Latin letters, digits, spaces, &apos;-&apos; and &apos;.&apos;, with at least one letter, or up to 15 digits. Empty: the gateway&apos;s default.</source>
        <translation>Имя отправителя, которое показывает телефон: до 11 латинских букв, цифр, пробелов, «-» и «.», хотя бы одна буква, или до 15 цифр. Пусто — отправитель шлюза по умолчанию.</translation>
    </message>
    <message>
        <source>&amp;Text before the code:</source>
        <translation>&amp;Дополнительный текст перед OTP:</translation>
    </message>
    <message>
        <source>Written before the code, for example &quot;Your sign-in code:&quot;. Empty: only the code is sent.</source>
        <translation>Текст перед кодом, например «Ваш код для входа:». Пусто — отправляется только код.</translation>
    </message>
    <message>
        <source>&amp;Date of sending:</source>
        <translation>&amp;Формат даты:</translation>
    </message>
    <message>
        <source>Adds the date (and time) of sending on a new line, so the user can tell an old message from a new one.</source>
        <translation>Добавляет дату (и время) отправки на новой строке, чтобы пользователь мог отличить старое сообщение от нового.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Предварительный просмотр сообщения</translation>
    </message>
    <message>
        <source>Length, encoding and number of SMS</source>
        <translation>Длина, кодировка и число SMS</translation>
    </message>
    <message>
        <source>Send &amp;Test SMS…</source>
        <translation>Отправить &amp;тестовое SMS…</translation>
    </message>
    <message>
        <source>Sends this message with a fresh code through the gateway, to a number you choose.</source>
        <translation>Отправляет это сообщение с новым кодом через шлюз на выбранный вами номер.</translation>
    </message>
</context>
<context>
    <name>MfmsGateway</name>
    <message>
        <source>MFMSolutions refused the login or password.</source>
        <translation>MFMSolutions отклонил логин или пароль.</translation>
    </message>
    <message>
        <source>MFMSolutions refused the phone number.</source>
        <translation>MFMSolutions отклонил номер телефона.</translation>
    </message>
    <message>
        <source>MFMSolutions refused the sender name; it must be registered with the provider.</source>
        <translation>MFMSolutions отклонил имя отправителя; оно должно быть зарегистрировано у провайдера.</translation>
    </message>
    <message>
        <source>MFMSolutions had an internal failure; try again later.</source>
        <translation>Внутренний сбой MFMSolutions; повторите попытку позже.</translation>
    </message>
    <message>
        <source>MFMSolutions could not read the request.</source>
        <translation>MFMSolutions не смог прочитать запрос.</translation>
    </message>
    <message>
        <source>MFMSolutions answered something unexpected.</source>
        <translation>MFMSolutions вернул неожиданный ответ.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the store&apos;s schema from version %1 to %2: step %3 of %4…</source>
        <translation>Обновление схемы хранилища с версии %1 до %2: шаг %3 из %4…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>The new passphrases differ.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Повторите новую парольную фразу:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Не менее %1 символов</translation>
    </message>
</context>
<context>
    <name>OpenLdapDirectoryClient</name>
    <message>
        <source>No directory server is configured.</source>
        <translation>Сервер каталога не настроен.</translation>
    </message>
    <message>
        <source>%1: the CA certificate file %2 cannot be read</source>
        <translation>%1: не удаётся прочитать файл сертификата ЦС %2</translation>
    </message>
    <message>
        <source>%1: not a usable LDAP address: %2</source>
        <translation>%1: непригодный адрес LDAP: %2</translation>
    </message>
    <message>
        <source>%1: TLS cannot be set up: %2</source>
        <translation>%1: не удаётся настроить TLS: %2</translation>
    </message>
    <message>
        <source>%1: StartTLS failed: %2. Is the server running, and does its certificate name this host and chain to the CA certificate (or to a CA the system trusts)?</source>
        <translation>%1: ошибка StartTLS: %2. Запущен ли сервер, выдан ли его сертификат на имя этого хоста и ведёт ли цепочка к сертификату ЦС (или к ЦС, которому доверяет система)?</translation>
    </message>
    <message>
        <source>%1: no bind password is saved for %2</source>
        <translation>%1: для %2 не сохранён пароль привязки</translation>
    </message>
    <message>
        <source>%1: no answer: %2. Is the server running, and does its certificate name this host and chain to the CA certificate (or to a CA the system trusts)?</source>
        <translation>%1: нет ответа: %2. Запущен ли сервер, выдан ли его сертификат на имя этого хоста и ведёт ли цепочка к сертификату ЦС (или к ЦС, которому доверяет система)?</translation>
    </message>
    <message>
        <source>%1: no answer: %2</source>
        <translation>%1: нет ответа: %2</translation>
    </message>
    <message>
        <source>%1: bind as %2 refused: %3</source>
        <translation>%1: привязка от имени %2 отклонена: %3</translation>
    </message>
    <message>
        <source>%1: no answer to the search: %2</source>
        <translation>%1: нет ответа на поиск: %2</translation>
    </message>
    <message>
        <source>%1: the search failed: %2</source>
        <translation>%1: поиск не удался: %2</translation>
    </message>
    <message>
        <source>%1: the base DN %2 does not exist in the directory</source>
        <translation>%1: базовый DN %2 не существует в каталоге</translation>
    </message>
    <message>
        <source>%1: the paged search cannot be set up</source>
        <translation>%1: не удаётся настроить постраничный поиск</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Open Store</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <source>&amp;Kind of store:</source>
        <translation>&amp;Тип хранилища:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Файл SQLite на этом компьютере</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>A SQLite file needs no server; a PostgreSQL store is shared by every provider server and console.</source>
        <translation>Для файла SQLite сервер не нужен; хранилище PostgreSQL используется совместно всеми серверами провайдера и консолями.</translation>
    </message>
    <message>
        <source>Kind of store</source>
        <translation>Тип хранилища</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>The store&apos;s SQLite file, with its full path.</source>
        <translation>Файл SQLite хранилища с полным путём.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <source>/path/to/store.db</source>
        <translation>/path/to/store.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Choose the store&apos;s file.</source>
        <translation>Выберите файл хранилища.</translation>
    </message>
    <message>
        <source>&amp;Create a new store when the file does not exist</source>
        <translation>&amp;Создать новое хранилище, если файл не существует</translation>
    </message>
    <message>
        <source>Creates the file with the default settings. Leave it off to be told when the path is wrong instead.</source>
        <translation>Создаёт файл с настройками по умолчанию. Если флажок снят, вы получите сообщение о неверном пути.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address.</source>
        <translation>Имя или адрес сервера PostgreSQL.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port; PostgreSQL listens on 5432 unless configured otherwise.</source>
        <translation>TCP-порт сервера; PostgreSQL по умолчанию слушает порт 5432.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>The database that holds the store.</source>
        <translation>База данных, в которой находится хранилище.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Your database login; its role decides what you may change.</source>
        <translation>Ваш логин в базе данных; от его роли зависит, что вы можете изменять.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>The database password. It is never written to the settings file.</source>
        <translation>Пароль базы данных. Он никогда не записывается в файл настроек.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>How the connection is encrypted: &quot;require&quot; insists on TLS, &quot;verify-full&quot; also checks the server&apos;s certificate and name, &quot;prefer&quot; uses TLS when the server offers it.</source>
        <translation>Как шифруется соединение: «require» требует TLS, «verify-full» также проверяет сертификат и имя сервера, «prefer» использует TLS, если сервер его поддерживает.</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Режим TLS</translation>
    </message>
    <message>
        <source>&amp;Remember password on this computer</source>
        <translation>&amp;Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <source>Keeps the password in the operating system&apos;s keychain, never in a file.</source>
        <translation>Хранит пароль в связке ключей операционной системы, а не в файле.</translation>
    </message>
    <message>
        <source>&amp;Initialise the database when it holds no store yet</source>
        <translation>&amp;Инициализировать базу данных, если в ней ещё нет хранилища</translation>
    </message>
    <message>
        <source>Creates the store&apos;s tables with the default settings in an empty database.</source>
        <translation>Создаёт таблицы хранилища с настройками по умолчанию в пустой базе данных.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>SMS OTP stores (*.db *.sqlite);;All files (*)</source>
        <translation>Хранилища SMS OTP (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Store File</source>
        <translation>Новый файл хранилища</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Введите имя хоста сервера.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Введите имя базы данных.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the store&apos;s file inside it.</source>
        <translation>%1 — это папка. Выберите файл хранилища внутри неё.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the password.</source>
        <translation>Не удалось прочитать связку ключей (%1). Введите пароль.</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation>Пароль взят из связки ключей.</translation>
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
        <translation>  otp sample [-n N]                N одноразовых паролей с настройками хранилища и их энтропия
  otp request LOGIN [--client-ip IP]
                                   отправить LOGIN одноразовый пароль через настроенный шлюз
  otp verify LOGIN CODE [--client-ip IP]
                                   проверить одноразовый пароль (однократно; неудачи учитываются для блокировки)
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp sample [-n N] | request LOGIN [--client-ip IP] | verify LOGIN CODE [--client-ip IP]</source>
        <translation>Использование: smsotp-cli otp sample [-n N] | request LOGIN [--client-ip IP] | verify LOGIN CODE [--client-ip IP]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp sample [-n N], N from 1 to %1</source>
        <translation>Использование: smsotp-cli otp sample [-n N], N от 1 до %1</translation>
    </message>
    <message>
        <source>Entropy: %1 bits (%2 characters from an alphabet of %3)</source>
        <translation>Энтропия: %1 бит (длина %2, размер алфавита %3)</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp request LOGIN [--client-ip IP]</source>
        <translation>Использование: smsotp-cli otp request LOGIN [--client-ip IP]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli otp verify LOGIN CODE [--client-ip IP]</source>
        <translation>Использование: smsotp-cli otp verify LOGIN CODE [--client-ip IP]</translation>
    </message>
</context>
<context>
    <name>OtpGenerator</name>
    <message>
        <source>No character class is selected for one-time passwords.</source>
        <translation>Для одноразовых паролей не выбран ни один тип символов.</translation>
    </message>
    <message>
        <source>The one-time password length must be at least 1.</source>
        <translation>Длина одноразового пароля должна быть не меньше 1.</translation>
    </message>
    <message>
        <source>The system&apos;s secure random number generator failed.</source>
        <translation>Сбой системного криптостойкого генератора случайных чисел.</translation>
    </message>
</context>
<context>
    <name>OtpService</name>
    <message>
        <source>error %1: %2</source>
        <translation>ошибка %1: %2</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Чтение настроек</translation>
    </message>
    <message>
        <source>use of this authenticator is denied</source>
        <translation>использование этого аутентификатора запрещено</translation>
    </message>
    <message>
        <source>the access rights do not allow users to do this themselves</source>
        <translation>права доступа не разрешают пользователям делать это самостоятельно</translation>
    </message>
    <message>
        <source>the phone number was refused: %1</source>
        <translation>номер телефона отклонён: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an SMS authenticator.</source>
        <translation>У «%1» уже есть SMS-аутентификатор.</translation>
    </message>
    <message>
        <source>registered with phone %1</source>
        <translation>зарегистрирован с телефоном %1</translation>
    </message>
    <message>
        <source>phone changed to %1</source>
        <translation>телефон изменён на %1</translation>
    </message>
    <message>
        <source>comment changed</source>
        <translation>комментарий изменён</translation>
    </message>
    <message>
        <source>authenticator deleted</source>
        <translation>аутентификатор удалён</translation>
    </message>
    <message>
        <source>use of the authenticator denied by an administrator</source>
        <translation>использование аутентификатора запрещено администратором</translation>
    </message>
    <message>
        <source>use of the authenticator allowed again</source>
        <translation>использование аутентификатора снова разрешено</translation>
    </message>
    <message>
        <source>unblocked automatically: the block time has passed</source>
        <translation>разблокирован автоматически: время блокировки истекло</translation>
    </message>
    <message>
        <source>no SMS authenticator is registered for this account</source>
        <translation>для этой учётной записи не зарегистрирован SMS-аутентификатор</translation>
    </message>
    <message>
        <source>address %1 is not allowed</source>
        <translation>адрес %1 не разрешён</translation>
    </message>
    <message>
        <source>the authenticator is blocked</source>
        <translation>аутентификатор заблокирован</translation>
    </message>
    <message>
        <source>the SMS to %1 could not be sent: %2 (%3 %4)</source>
        <translation>не удалось отправить SMS на %1: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>the SMS could not be sent; try again later</source>
        <translation>не удалось отправить SMS; повторите попытку позже</translation>
    </message>
    <message>
        <source>code sent to %1 (message id %2)</source>
        <translation>код отправлен на %1 (идентификатор сообщения %2)</translation>
    </message>
    <message>
        <source>the first gateway failed (%1); the SMS to %2 went through the second gateway</source>
        <translation>сбой первого шлюза (%1); SMS на %2 отправлено через второй шлюз</translation>
    </message>
    <message>
        <source>%1 (failure %2 of %3)</source>
        <translation>%1 (неудача %2 из %3)</translation>
    </message>
    <message>
        <source>blocked after %1 failed codes until a help-desk unblock</source>
        <translation>заблокирован после %1 неверных кодов до разблокировки службой поддержки</translation>
    </message>
    <message>
        <source>blocked after %1 failed codes until %2 UTC</source>
        <translation>заблокирован после %1 неверных кодов до %2 UTC</translation>
    </message>
    <message>
        <source>no code was requested</source>
        <translation>код не запрашивался</translation>
    </message>
    <message>
        <source>the code has expired</source>
        <translation>срок действия кода истёк</translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>неверный код</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>код принят</translation>
    </message>
    <message>
        <source>unblocked by the help desk</source>
        <translation>разблокирован службой поддержки</translation>
    </message>
    <message numerus="yes">
        <source>%n authenticator(s) unblocked</source>
        <translation>
            <numerusform>разблокирован %n аутентификатор</numerusform>
            <numerusform>разблокированы %n аутентификатора</numerusform>
            <numerusform>разблокировано %n аутентификаторов</numerusform>
        </translation>
    </message>
    <message>
        <source>every blocked authenticator unblocked by the help desk (%1)</source>
        <translation>все заблокированные аутентификаторы разблокированы службой поддержки (%1)</translation>
    </message>
    <message>
        <source>failure counter reset</source>
        <translation>счётчик неудачных попыток сброшен</translation>
    </message>
    <message>
        <source>%1
No codes are sent or accepted until the section is restored from its history.</source>
        <translation>%1
Коды не отправляются и не принимаются, пока раздел не восстановлен из истории.</translation>
    </message>
    <message>
        <source>settings section %1 is damaged: %2; the engine sends and accepts no codes</source>
        <translation>раздел настроек %1 повреждён: %2; модуль не отправляет и не принимает коды</translation>
    </message>
    <message>
        <source>The account was registered during the request; try again.</source>
        <translation>Учётная запись была зарегистрирована во время запроса; повторите попытку.</translation>
    </message>
    <message>
        <source>%1 (from the directory)</source>
        <translation>%1 (из каталога)</translation>
    </message>
    <message>
        <source>%1; the store&apos;s own number is used instead</source>
        <translation>%1; вместо него используется номер из хранилища</translation>
    </message>
    <message>
        <source>a code could not be checked because the store failed (%1); the code was withdrawn and the attempt counted as a failure</source>
        <translation>код не удалось проверить из-за сбоя хранилища (%1); код отозван, а попытка засчитана как неудачная</translation>
    </message>
    <message>
        <source>the code could not be checked; request a new code</source>
        <translation>код не удалось проверить; запросите новый код</translation>
    </message>
</context>
<context>
    <name>OtpSettings</name>
    <message>
        <source>choose at least one kind of character</source>
        <translation>выберите хотя бы один тип символов</translation>
    </message>
</context>
<context>
    <name>OtpSettingsPage</name>
    <message>
        <source>Choose at least one kind of character to see a sample.</source>
        <translation>Выберите хотя бы один тип символов, чтобы увидеть пример.</translation>
    </message>
    <message>
        <source>%1 bits of entropy: %2 characters drawn from %3 possible ones.</source>
        <translation>Энтропия: %1 бит; длина: %2, размер алфавита: %3.</translation>
    </message>
    <message>
        <source>⚠ Fewer than %1 bits: an attacker who may try many codes has a real chance to guess one. Make the code longer or add kinds of characters, and keep blocking on.</source>
        <translation>⚠ Меньше %1 бит: у злоумышленника, которому доступно много попыток, есть реальный шанс угадать код. Увеличьте длину кода или добавьте типы символов и не выключайте блокировку.</translation>
    </message>
    <message>
        <source>What a one-time password looks like. Every character is drawn at random, evenly, from the kinds chosen; special characters are those every phone sends as a plain SMS.</source>
        <translation>Как выглядит одноразовый пароль. Каждый символ выбирается случайно и равновероятно из выбранных типов; специальные символы — только те, которые любой телефон передаёт в обычном SMS.</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Длина одноразового пароля:</translation>
    </message>
    <message>
        <source>Characters in a code (%1–%2, default 6).</source>
        <translation>Количество символов в коде (%1–%2, по умолчанию 6).</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Символы:</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>&amp;Цифры (0–9)</translation>
    </message>
    <message>
        <source>Codes may contain the digits 0 to 9.</source>
        <translation>Коды могут содержать цифры от 0 до 9.</translation>
    </message>
    <message>
        <source>Lo&amp;wercase Latin letters (a–z)</source>
        <translation>&amp;Строчные латинские буквы (a–z)</translation>
    </message>
    <message>
        <source>Codes may contain the letters a to z.</source>
        <translation>Коды могут содержать буквы от a до z.</translation>
    </message>
    <message>
        <source>&amp;Uppercase Latin letters (A–Z)</source>
        <translation>&amp;Прописные латинские буквы (A–Z)</translation>
    </message>
    <message>
        <source>Codes may contain the letters A to Z.</source>
        <translation>Коды могут содержать буквы от A до Z.</translation>
    </message>
    <message>
        <source>S&amp;pecial characters (%1)</source>
        <translation>Спец&amp;иальные символы (%1)</translation>
    </message>
    <message>
        <source>Punctuation that every phone sends in a plain SMS.</source>
        <translation>Знаки препинания, которые любой телефон передаёт в обычном SMS.</translation>
    </message>
    <message>
        <source>Leave out look-alike characters (%1)</source>
        <translation>Исключить похожие символы (%1)</translation>
    </message>
    <message>
        <source>Drops characters people confuse when typing a code from their phone.</source>
        <translation>Исключает символы, которые легко перепутать, вводя код с телефона.</translation>
    </message>
    <message>
        <source>Code &amp;lifetime:</source>
        <translation>&amp;Время действия кода:</translation>
    </message>
    <message>
        <source>Seconds a code stays valid after it was sent (%1–%2, default 300).</source>
        <translation>Сколько секунд код действителен после отправки (%1–%2, по умолчанию 300).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Sample codes</source>
        <translation>Примеры кодов</translation>
    </message>
    <message>
        <source>&amp;New Samples</source>
        <translation>&amp;Новые примеры</translation>
    </message>
    <message>
        <source>Draw new sample codes with the settings above.</source>
        <translation>Сгенерировать новые примеры кодов с указанными выше настройками.</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Энтропия</translation>
    </message>
</context>
<context>
    <name>PagedSqlModel</name>
    <message>
        <source>Cannot count the rows: %1</source>
        <translation>Не удаётся подсчитать строки: %1</translation>
    </message>
    <message>
        <source>Cannot read the rows: %1</source>
        <translation>Не удаётся прочитать строки: %1</translation>
    </message>
    <message>
        <source>The number of rows shown is the database&apos;s estimate: counting them exactly failed (%1). Refresh to try again.</source>
        <translation>Показано число строк по оценке базы данных: точный подсчёт не удался (%1). Обновите, чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>the store was closed</source>
        <translation>хранилище было закрыто</translation>
    </message>
    <message>
        <source>Reading the rows</source>
        <translation>Чтение строк</translation>
    </message>
</context>
<context>
    <name>PhoneCommand</name>
    <message>
        <source>  phone normalize NUMBER... [--json]
                                   the store&apos;s phone format applied to each number, and its type
</source>
        <translation>  phone normalize NUMBER... [--json]
                                   применить к каждому номеру формат телефонного номера из хранилища и показать тип номера
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli phone normalize NUMBER... [--json]</source>
        <translation>Использование: smsotp-cli phone normalize NUMBER... [--json]</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>отклонён: %1</translation>
    </message>
    <message>
        <source> [warning: libphonenumber does not know this number as valid]</source>
        <translation> [предупреждение: libphonenumber не считает этот номер допустимым]</translation>
    </message>
    <message>
        <source>%1 of %2 numbers were rejected.</source>
        <translation>Отклонено номеров: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>PhoneFormatSettings</name>
    <message>
        <source>must be &apos;+&apos; and a country code of 1 to 4 digits, for example +7 or +46</source>
        <translation>должен состоять из «+» и кода страны из 1–4 цифр, например +7 или +46</translation>
    </message>
    <message>
        <source>must be shorter than the number length</source>
        <translation>должен быть короче номера</translation>
    </message>
    <message>
        <source>must be one digit, or empty for none</source>
        <translation>должен быть одной цифрой или пустым</translation>
    </message>
    <message>
        <source>must be a directory attribute name, for example mobile</source>
        <translation>должно быть именем атрибута каталога, например mobile</translation>
    </message>
</context>
<context>
    <name>PhoneFormatSettingsPage</name>
    <message>
        <source>Type a number as users write it, for example 8 (916) 123-45-67.</source>
        <translation>Введите номер так, как его пишут пользователи, например 8 (916) 123-45-67.</translation>
    </message>
    <message>
        <source>Correct the settings above to try a number.</source>
        <translation>Исправьте настройки выше, чтобы проверить номер.</translation>
    </message>
    <message>
        <source>✗ Refused: %1</source>
        <translation>✗ Отклонён: %1</translation>
    </message>
    <message>
        <source>✓ Sent to %1</source>
        <translation>✓ Будет отправлено на %1</translation>
    </message>
    <message>
        <source>Kind of number: %1</source>
        <translation>Тип номера: %1</translation>
    </message>
    <message>
        <source>Note: libphonenumber does not know this number as valid; it is sent anyway because it matches the rules above.</source>
        <translation>Примечание: libphonenumber не считает этот номер допустимым; он всё равно используется, так как соответствует правилам выше.</translation>
    </message>
    <message>
        <source>How phone numbers are turned into the international form before an SMS is sent: spaces, brackets and hyphens are removed, the trunk digit becomes the prefix, and the length is checked.</source>
        <translation>Как номера телефонов приводятся к международному формату перед отправкой SMS: удаляются пробелы, скобки и дефисы, код выхода на междугороднюю связь заменяется префиксом, проверяется длина.</translation>
    </message>
    <message>
        <source>&amp;Normalise phone numbers</source>
        <translation>&amp;Нормализовать номера телефонов</translation>
    </message>
    <message>
        <source>When ticked, numbers are cleaned up and completed by the rules below; otherwise they are sent as stored and must already be international (+ and digits).</source>
        <translation>Если флажок установлен, номера очищаются и дополняются по правилам ниже; иначе они отправляются в том виде, в каком хранятся, и должны уже быть международными (+ и цифры).</translation>
    </message>
    <message>
        <source>Number &amp;length:</source>
        <translation>&amp;Количество символов:</translation>
    </message>
    <message>
        <source>Characters of a normalised number, + included: +79161234567 has 12 (%1–%2).</source>
        <translation>Количество символов нормализованного номера, включая +: в +79161234567 их 12 (%1–%2).</translation>
    </message>
    <message>
        <source>Country &amp;prefix:</source>
        <translation>&amp;Префикс (код страны):</translation>
    </message>
    <message>
        <source>Added to numbers written without it, for example +7 (the default) or +46.</source>
        <translation>Добавляется к номерам, записанным без него, например +7 (по умолчанию) или +46.</translation>
    </message>
    <message>
        <source>&amp;Trunk digit:</source>
        <translation>Код &amp;выхода на междугороднюю связь:</translation>
    </message>
    <message>
        <source>A leading digit replaced by the prefix, such as 8 in 8 916 123-45-67 (the default). Empty: none.</source>
        <translation>Начальная цифра, которая заменяется префиксом, например 8 в 8 916 123-45-67 (по умолчанию). Пусто — нет.</translation>
    </message>
    <message>
        <source>Refuse &amp;premium-rate and toll-free numbers</source>
        <translation>Отклонять п&amp;латные и бесплатные номера</translation>
    </message>
    <message>
        <source>Protects against SMS pumping fraud: numbers that cost the sender or are not phones get no SMS.</source>
        <translation>Защищает от мошенничества с накруткой SMS-трафика: на платные номера и номера, не являющиеся телефонами, SMS не отправляются.</translation>
    </message>
    <message>
        <source>Use the phone number from Active &amp;Directory</source>
        <translation>Использовать номер телефона из Active &amp;Directory</translation>
    </message>
    <message>
        <source>Directory &amp;attribute:</source>
        <translation>&amp;Атрибут каталога:</translation>
    </message>
    <message>
        <source>The directory attribute that holds the mobile number (default: mobile).</source>
        <translation>Атрибут каталога, в котором хранится номер мобильного телефона (по умолчанию: mobile).</translation>
    </message>
    <message>
        <source>Try a number</source>
        <translation>Проверка номера</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>Shows what the rules above (saved or not) make of a number. Nothing is sent or stored.</source>
        <translation>Показывает, во что правила выше (сохранённые или нет) превращают номер. Ничего не отправляется и не сохраняется.</translation>
    </message>
    <message>
        <source>⚠ No directory connection is saved: while this is on, every code request fails. Set up the server on the Directory page and test it with Check directory, or turn this off.</source>
        <translation>⚠ Подключение к каталогу не сохранено: пока этот параметр включён, все запросы кодов завершаются ошибкой. Настройте сервер на странице «Каталог» и проверьте его кнопкой «Проверить каталог» или выключите этот параметр.</translation>
    </message>
    <message>
        <source>Rule applied: %1</source>
        <translation>Применённое правило: %1</translation>
    </message>
    <message>
        <source>Takes the number from the user&apos;s directory entry instead of the store. The connection is set up on the Directory page.</source>
        <translation>Номер берётся из записи пользователя в каталоге, а не из хранилища. Подключение настраивается на странице «Каталог».</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>this is a %1 number: one-time passwords are not sent to such numbers, which are used for SMS pumping fraud (phoneFormat.refusePremiumRate)</source>
        <translation>это номер типа «%1»: на такие номера, используемые для накрутки SMS-трафика, одноразовые пароли не отправляются (phoneFormat.refusePremiumRate)</translation>
    </message>
    <message>
        <source>&apos;+&apos; may only stand at the start of the number</source>
        <translation>«+» может стоять только в начале номера</translation>
    </message>
    <message>
        <source>contains the letter &apos;%1&apos;, which cannot be part of a phone number</source>
        <translation>содержит букву «%1», которая не может входить в номер телефона</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;, which cannot be part of a phone number</source>
        <translation>содержит «%1», что не может входить в номер телефона</translation>
    </message>
    <message>
        <source>no number was given</source>
        <translation>номер не указан</translation>
    </message>
    <message>
        <source>contains no digits</source>
        <translation>не содержит цифр</translation>
    </message>
    <message>
        <source>the prefix %1 is not &apos;+&apos; and digits</source>
        <translation>префикс %1 не состоит из «+» и цифр</translation>
    </message>
    <message>
        <source>too short: %1 characters after normalisation, %2 expected</source>
        <translation>слишком короткий: после нормализации символов %1, ожидается %2</translation>
    </message>
    <message>
        <source>too long: %1 characters after normalisation, %2 expected</source>
        <translation>слишком длинный: после нормализации символов %1, ожидается %2</translation>
    </message>
    <message>
        <source>too long: %1 digits</source>
        <translation>слишком длинный: цифр %1</translation>
    </message>
    <message>
        <source>must be &apos;+&apos; followed by digits only, since normalisation is off</source>
        <translation>должен состоять из «+» и только цифр, так как нормализация выключена</translation>
    </message>
    <message>
        <source>too long: %1 digits, an international number has at most %2</source>
        <translation>слишком длинный: цифр %1, а в международном номере их не больше %2</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>стационарный</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>стационарный или мобильный</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>бесплатный</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>платный (премиум-тариф)</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>с разделённой оплатой</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>персональный номер</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>пейджер</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>номер универсального доступа</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>голосовая почта</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>неизвестный тип</translation>
    </message>
    <message numerus="yes">
        <source>a phone number has at most %n characters</source>
        <translation>
            <numerusform>номер телефона содержит не более %n символа</numerusform>
            <numerusform>номер телефона содержит не более %n символов</numerusform>
            <numerusform>номер телефона содержит не более %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>typed with &apos;+&apos;: the country code was kept as typed</source>
        <translation>введён с «+»: код страны сохранён как введён</translation>
    </message>
    <message>
        <source>the trunk digit %1 at the start became the prefix %2</source>
        <translation>код выхода на междугороднюю связь %1 в начале заменён префиксом %2</translation>
    </message>
    <message>
        <source>the prefix %1 was added in front</source>
        <translation>в начало добавлен префикс %1</translation>
    </message>
    <message>
        <source>it began with the country code %1 without &apos;+&apos;, and had the length of a whole number</source>
        <translation>номер начинался с кода страны %1 без «+» и имел длину полного номера</translation>
    </message>
    <message>
        <source>taken as typed (normalisation is off)</source>
        <translation>принят как введён (нормализация выключена)</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL server %1 refused the login of user &apos;%2&apos;: check the user name and password.</source>
        <translation>Сервер PostgreSQL %1 отклонил вход пользователя «%2»: проверьте имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no database &apos;%2&apos;. Ask its administrator to create it.</source>
        <translation>На сервере PostgreSQL %1 нет базы данных «%2». Попросите его администратора создать её.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1. Check the host name and port, and that the server is running and accepts connections from this computer. (%2)</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL %1. Проверьте имя хоста и порт, а также что сервер запущен и принимает подключения с этого компьютера. (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>Не удаётся открыть хранилище PostgreSQL %1: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> мин бездействия</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Minutes without activity before the console locks</source>
        <translation>Минуты бездействия до блокировки консоли</translation>
    </message>
    <message>
        <source>0 means never. The default is %1 minutes.</source>
        <translation>0 — никогда. По умолчанию: %1 мин.</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the console wipes the store key from memory and hides its pages until the store&apos;s passphrase (or this computer&apos;s keychain) unlocks it. File → Lock Now (Ctrl+L) locks at once. This preference applies to this computer only.</source>
        <translation>Если в течение этого времени нет ввода с клавиатуры или мыши, консоль удаляет ключ хранилища из памяти и скрывает свои страницы, пока её не разблокируют парольной фразой хранилища (или с помощью связки ключей этого компьютера). Команда Файл → Заблокировать сейчас (Ctrl+L) блокирует консоль сразу. Этот параметр действует только на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>Не удаётся создать файл %1: %2</translation>
    </message>
</context>
<context>
    <name>ProviderServersPage</name>
    <message>
        <source>Provider servers</source>
        <translation>Серверы провайдера</translation>
    </message>
    <message>
        <source>Open a store to see its provider servers.</source>
        <translation>Откройте хранилище, чтобы увидеть его серверы провайдера.</translation>
    </message>
    <message>
        <source>No provider server has registered with this store yet. Start smsotp-server with this store&apos;s URL on each sign-in server.</source>
        <translation>Ни один сервер провайдера ещё не зарегистрировался в этом хранилище. Запустите smsotp-server с URL этого хранилища на каждом сервере входа.</translation>
    </message>
    <message>
        <source>Running: %1. Silent: %2. Stopped: %3. Updated every %4 seconds.</source>
        <translation>Работают: %1. Молчат: %2. Остановлены: %3. Обновление каждые %4 с.</translation>
    </message>
    <message>
        <source>Every smsotp-server that uses this store writes a heartbeat every few seconds. A server without a heartbeat for more than a minute is marked silent: it may have crashed, hung or lost its connection to the store.</source>
        <translation>Каждый smsotp-server, использующий это хранилище, каждые несколько секунд записывает сигнал активности. Сервер без сигнала активности дольше минуты помечается как молчащий: возможно, он аварийно завершился, завис или потерял связь с хранилищем.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
</context>
<context>
    <name>RegisterAuthenticatorDialog</name>
    <message>
        <source>Enter the login and the phone number.</source>
        <translation>Введите логин и номер телефона.</translation>
    </message>
    <message>
        <source>Register SMS Authenticator</source>
        <translation>Регистрация SMS-аутентификатора</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Номер телефона:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>The user&apos;s account name, as they sign in.</source>
        <translation>Имя учётной записи пользователя, под которым он входит.</translation>
    </message>
    <message>
        <source>The person&apos;s name, to recognise them when they call (optional).</source>
        <translation>Имя человека, чтобы узнать его при звонке (необязательно).</translation>
    </message>
    <message>
        <source>Any usual spelling: it is normalised by the Phone format rules and stored encrypted.</source>
        <translation>В любом привычном написании: номер нормализуется по правилам раздела «Формат телефонного номера» и хранится в зашифрованном виде.</translation>
    </message>
    <message>
        <source>A note for the help desk (optional).</source>
        <translation>Заметка для службы поддержки (необязательно).</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>RowLoop</name>
    <message>
        <source>%1 stopped part way because the store could not be read (%2). The store may be damaged: restore it from a backup or ask its administrator.</source>
        <translation>%1: остановлено на полпути, так как не удалось прочитать хранилище (%2). Возможно, хранилище повреждено: восстановите его из резервной копии или обратитесь к его администратору.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Cannot Reload</source>
        <translation>Не удаётся перезагрузить</translation>
    </message>
    <message>
        <source>Your changes were dropped; the page shows the saved settings.</source>
        <translation>Ваши изменения отменены; на странице показаны сохранённые настройки.</translation>
    </message>
    <message>
        <source>enter a whole number from %1 to %2</source>
        <translation>введите целое число от %1 до %2</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>Ничего не сохранено: исправьте отмеченные выше поля.</translation>
    </message>
    <message>
        <source>Saved at %1 as version %2.</source>
        <translation>Сохранено в %1 как версия %2.</translation>
    </message>
    <message>
        <source>Cannot Save %1</source>
        <translation>Не удаётся сохранить: %1</translation>
    </message>
    <message>
        <source>Not saved: another console saved this section meanwhile.</source>
        <translation>Не сохранено: за это время другая консоль сохранила этот раздел.</translation>
    </message>
    <message>
        <source>No store is open. Use File → Open Store… to open one.</source>
        <translation>Хранилище не открыто. Откройте его командой Файл → Открыть хранилище….</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Every saved version of this section, who saved it and what changed; restore one.</source>
        <translation>Все сохранённые версии этого раздела: кто сохранил и что изменилось; можно восстановить любую.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved settings again.</source>
        <translation>Отменить ваши изменения и снова показать сохранённые настройки.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save this section to the store (Ctrl+S). Other sections are not touched.</source>
        <translation>Сохранить этот раздел в хранилище (Ctrl+S). Другие разделы не затрагиваются.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Your store login (%1) may read the settings but not change them; only the administrator role may. Ask the store&apos;s administrator (smsotp-cli store grant).</source>
        <translation>Ваша учётная запись хранилища (%1) может читать настройки, но не изменять их; это может только роль администратора. Обратитесь к администратору хранилища (smsotp-cli store grant).</translation>
    </message>
    <message>
        <source>The stored settings of this section are damaged: %1
No one-time passwords are sent or accepted until it is repaired. Open the history and restore a good version, or save the values shown here (the defaults).</source>
        <translation>Сохранённые настройки этого раздела повреждены: %1
Одноразовые пароли не отправляются и не принимаются, пока раздел не исправлен. Откройте историю и восстановите исправную версию или сохраните показанные здесь значения (по умолчанию).</translation>
    </message>
    <message>
        <source>Open History to Restore…</source>
        <translation>Открыть историю для восстановления…</translation>
    </message>
    <message>
        <source>Restore a version of this section that was saved before it was damaged.</source>
        <translation>Восстановить версию этого раздела, сохранённую до повреждения.</translation>
    </message>
    <message>
        <source>Cannot Read %1</source>
        <translation>Не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 while you were editing this page. Your input is kept; nothing is saved until you choose.</source>
        <translation>Пока вы редактировали эту страницу, %1 изменил её в %2. Введённые вами данные не потеряны; ничего не сохраняется, пока вы не сделаете выбор.</translation>
    </message>
    <message>
        <source>%1 changed by %2 at %3.</source>
        <translation>%1: изменения внёс %2 в %3.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (командная строка)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Просмотреть…</translation>
    </message>
    <message>
        <source>Compare your input with what is stored now, then keep yours or take the stored one.</source>
        <translation>Сравните введённые данные с тем, что сохранено сейчас, и оставьте свои или примите сохранённые.</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>connection or TLS failure</source>
        <translation>ошибка подключения или TLS</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>ошибка аутентификации</translation>
    </message>
    <message>
        <source>phone number rejected</source>
        <translation>номер телефона отклонён</translation>
    </message>
    <message>
        <source>sender name rejected</source>
        <translation>имя отправителя отклонено</translation>
    </message>
    <message>
        <source>too many requests, try again later</source>
        <translation>слишком много запросов, повторите попытку позже</translation>
    </message>
    <message>
        <source>other failure</source>
        <translation>другая ошибка</translation>
    </message>
    <message>
        <source>sent (message id %1)</source>
        <translation>отправлено (идентификатор сообщения %1)</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>Не удаётся открыть хранилище: %1</translation>
    </message>
    <message>
        <source>Cannot register the server in the store: %1</source>
        <translation>Не удаётся зарегистрировать сервер в хранилище: %1</translation>
    </message>
    <message>
        <source>started on %1 listening on %2 (version %3)</source>
        <translation>запущен на %1, прослушивает %2 (версия %3)</translation>
    </message>
    <message>
        <source>Cannot write to the store: %1</source>
        <translation>Не удаётся записать в хранилище: %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n request(s)</source>
        <translation>
            <numerusform>остановлен после %n запроса</numerusform>
            <numerusform>остановлен после %n запросов</numerusform>
            <numerusform>остановлен после %n запросов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHeartbeat</name>
    <message numerus="yes">
        <source>store connection lost at %1, restored after %n second(s): %2</source>
        <translation>
            <numerusform>подключение к хранилищу потеряно в %1, восстановлено через %n секунду: %2</numerusform>
            <numerusform>подключение к хранилищу потеряно в %1, восстановлено через %n секунды: %2</numerusform>
            <numerusform>подключение к хранилищу потеряно в %1, восстановлено через %n секунд: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Не удаётся прочитать файл парольной фразы %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Файл парольной фразы %1 доступен для чтения другим пользователям; разрешите доступ только владельцу (chmod 600).</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT with a numeric address, for example 127.0.0.1:8443 or [::1]:8443; got &apos;%1&apos;.</source>
        <translation>--listen требует ADDRESS:PORT с числовым адресом, например 127.0.0.1:8443 или [::1]:8443; получено «%1».</translation>
    </message>
    <message>
        <source>--log-format is plain or json; got &apos;%1&apos;.</source>
        <translation>--log-format принимает значение plain или json; получено «%1».</translation>
    </message>
    <message>
        <source>--workers is a number from 1 to %1; got &apos;%2&apos;.</source>
        <translation>--workers — число от 1 до %1; получено «%2».</translation>
    </message>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>Укажите --tls-cert и --tls-key вместе или ни одного.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only on a loopback address; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>Обычный HTTP допускается только на адресе loopback; чтобы прослушивать %1, укажите --tls-cert и --tls-key.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;; see smsotp-server --help.</source>
        <translation>Неизвестный аргумент «%1»; см. smsotp-server --help.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 требует значения.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Не удаётся прочитать файл конфигурации %1.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Файл конфигурации %1 не является допустимым INI-файлом.</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; in %2.</source>
        <translation>Неизвестный ключ «%1» в %2.</translation>
    </message>
    <message>
        <source>The server needs the store&apos;s passphrase: give --passphrase-file FILE, set SMSOTP_PASSPHRASE, or provide the credential &apos;passphrase&apos;.</source>
        <translation>Серверу нужна парольная фраза хранилища: укажите --passphrase-file FILE, задайте SMSOTP_PASSPHRASE или передайте учётные данные «passphrase».</translation>
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
        <translation>Использование: smsotp-server [параметры]
Провайдер SMS OTP в виде службы HTTPS (API по пути /api/v1, см. docs/api.md).

  --store URL               хранилище (sqlite:///path.db или postgresql://user@host:port/db)
  --listen ADDRESS:PORT     адрес прослушивания (по умолчанию 127.0.0.1:8443; [::1]:8443 для IPv6)
  --tls-cert FILE           сертификат сервера (PEM, с цепочкой)
  --tls-key FILE            его закрытый ключ (PEM); без обоих — обычный HTTP только на loopback
  --passphrase-file FILE    парольная фраза ключа хранилища (иначе SMSOTP_PASSPHRASE или
                            $CREDENTIALS_DIRECTORY/passphrase)
  --config FILE             INI-файл с ключами store, listen, tls-cert, tls-key,
                            passphrase-file, log-format, workers, request-timeout,
                            metrics-without-token; приоритет у командной строки
  --log-format plain|json   одна строка на запись в stderr (по умолчанию plain)
  --workers N               подключения к хранилищу для обработки запросов (1-%1, по умолчанию 8)
  --request-timeout SECONDS весь запрос (заголовки и тело) должен поступить за это время
                            с момента открытия соединения или предыдущего ответа,
                            иначе соединение закрывается (1-%2, по умолчанию 10)
  --metrics-without-token ADDRESSES
                            адреса или диапазоны CIDR через запятую, с которых можно
                            читать /metrics без токена (по умолчанию таких нет: нужен
                            токен с областью доступа metrics:read)
  --version                 вывести версию
  --help                    вывести эту справку

Код завершения: 0 после штатной остановки (SIGTERM или SIGINT), 1, если сервер не может
запуститься, 2 при неверном использовании.
</translation>
    </message>
    <message>
        <source>--request-timeout is a number of seconds from 1 to %1; got &apos;%2&apos;.</source>
        <translation>--request-timeout — число секунд от 1 до %1; получено «%2».</translation>
    </message>
    <message>
        <source>--metrics-without-token takes addresses or CIDR ranges separated by commas, for example 127.0.0.1,10.0.5.0/24; &apos;%1&apos; is not one.</source>
        <translation>--metrics-without-token принимает адреса или диапазоны CIDR через запятую, например 127.0.0.1,10.0.5.0/24; «%1» не является ни тем, ни другим.</translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>Forgetting old provider servers</source>
        <translation>Удаление старых серверов провайдера</translation>
    </message>
    <message>
        <source>Registering the provider server</source>
        <translation>Регистрация сервера провайдера</translation>
    </message>
    <message>
        <source>The store did not return the new server&apos;s id.</source>
        <translation>Хранилище не вернуло идентификатор нового сервера.</translation>
    </message>
    <message>
        <source>The provider server %1 is not registered in the store (it may have been forgotten after %2 days of silence).</source>
        <translation>Сервер провайдера %1 не зарегистрирован в хранилище (возможно, он был удалён после %2 дн. молчания).</translation>
    </message>
    <message>
        <source>Writing the provider server&apos;s heartbeat</source>
        <translation>Запись сигнала активности сервера провайдера</translation>
    </message>
    <message>
        <source>Marking the provider server stopped</source>
        <translation>Отметка остановки сервера провайдера</translation>
    </message>
    <message>
        <source>Reading the provider servers</source>
        <translation>Чтение серверов провайдера</translation>
    </message>
    <message>
        <source>Reading the provider servers failed: %1</source>
        <translation>Не удалось прочитать серверы провайдера: %1</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Running</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n min</source>
        <translation>
            <numerusform>Молчит %n мин</numerusform>
            <numerusform>Молчит %n мин</numerusform>
            <numerusform>Молчит %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n h</source>
        <translation>
            <numerusform>Молчит %n ч</numerusform>
            <numerusform>Молчит %n ч</numerusform>
            <numerusform>Молчит %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n days</source>
        <translation>
            <numerusform>Молчит %n день</numerusform>
            <numerusform>Молчит %n дня</numerusform>
            <numerusform>Молчит %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No heartbeat for more than a minute: the server may have crashed, hung, or lost its connection to the store.</source>
        <translation>Нет сигнала активности дольше минуты: возможно, сервер аварийно завершился, завис или потерял связь с хранилищем.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Прослушивает</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущен</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Последний сигнал</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Обработано запросов</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>  servers list [--json]            the provider servers of this store; one without a heartbeat
                                   for over a minute is &quot;silent&quot;
</source>
        <translation>  servers list [--json]            серверы провайдера этого хранилища; сервер без сигнала активности
                                   дольше минуты считается «молчащим»
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli servers list [--json]</source>
        <translation>Использование: smsotp-cli servers list [--json]</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>unknown settings section</source>
        <translation>неизвестный раздел настроек</translation>
    </message>
    <message>
        <source>must be an object of settings</source>
        <translation>должно быть объектом настроек</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>недопустимый JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>a settings file must hold one JSON object with a member per section</source>
        <translation>файл настроек должен содержать один объект JSON с членом для каждого раздела</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a settings file may hold.</source>
        <translation>%1 больше %2 байт — максимального размера файла настроек.</translation>
    </message>
    <message>
        <source>the settings file is %1 bytes; it may hold at most %2 bytes</source>
        <translation>файл настроек занимает %1 байт; допускается не более %2 байт</translation>
    </message>
    <message>
        <source>is given more than once; give every setting once</source>
        <translation>задан более одного раза; задавайте каждый параметр один раз</translation>
    </message>
</context>
<context>
    <name>SettingsChangeModel</name>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
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
        <translation>  settings export [FILE]           все настройки в формате JSON (без секретов)
  settings import FILE [--dry-run] проверить весь файл, затем сохранить (или только показать изменения)
  settings get KEY                 один раздел или поле, например block.attemptsBeforeBlock
  settings set KEY=VALUE...        изменить поля; true|false, числа, текст или JSON для списков
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | set KEY=VALUE...</source>
        <translation>Использование: smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | set KEY=VALUE...</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings export [FILE]</source>
        <translation>Использование: smsotp-cli settings export [FILE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>Настройки экспортированы в %1.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings import FILE [--dry-run]</source>
        <translation>Использование: smsotp-cli settings import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>No changes: the store already has these settings.</source>
        <translation>Изменений нет: в хранилище уже эти настройки.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings get KEY</source>
        <translation>Использование: smsotp-cli settings get KEY</translation>
    </message>
    <message>
        <source>Unknown settings section &apos;%1&apos;. Sections: %2</source>
        <translation>Неизвестный раздел настроек «%1». Разделы: %2</translation>
    </message>
    <message>
        <source>%1 is write-only: secrets are never shown.</source>
        <translation>%1 доступно только для записи: секреты никогда не показываются.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Fields of %2: %3</source>
        <translation>Неизвестная настройка «%1». Поля раздела %2: %3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be JSON: %1</source>
        <translation>должно быть в формате JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON list [...]</source>
        <translation>должно быть списком JSON [...]</translation>
    </message>
    <message>
        <source>must be a JSON object {...}</source>
        <translation>должно быть объектом JSON {...}</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli settings set KEY=VALUE...</source>
        <translation>Использование: smsotp-cli settings set KEY=VALUE...</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE with KEY like block.attemptsBeforeBlock.</source>
        <translation>«%1» не соответствует виду KEY=VALUE, где KEY — например, block.attemptsBeforeBlock.</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these values:</source>
        <translation>Ничего не изменено. Исправьте эти значения:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>The values shown for a damaged section are the defaults. Repair it with settings import or settings set, or restore it from its history in the console.</source>
        <translation>Для повреждённого раздела показаны значения по умолчанию. Исправьте его командой settings import или settings set либо восстановите из истории в консоли.</translation>
    </message>
    <message>
        <source>gives %1 more than once</source>
        <translation>задаёт %1 более одного раза</translation>
    </message>
</context>
<context>
    <name>SettingsHistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Access rights</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation>Защита от спама</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Формат сообщения</translation>
    </message>
    <message>
        <source>Phone format</source>
        <translation>Формат телефонного номера</translation>
    </message>
    <message>
        <source>OTP generation</source>
        <translation>Генерация одноразового пароля</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>Список разрешённых IP-адресов</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Каталог</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Reading settings</source>
        <translation>Чтение настроек</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s secrets</source>
        <translation>Чтение секретов шлюза</translation>
    </message>
    <message>
        <source>Nothing was saved: some values are not valid.</source>
        <translation>Ничего не сохранено: некоторые значения недопустимы.</translation>
    </message>
    <message>
        <source>Another console saved &quot;%1&quot; since you opened it (version %2, yours is %3). Reload to see the other changes, or overwrite them.</source>
        <translation>Другая консоль сохранила раздел «%1» после того, как вы его открыли (версия %2, у вас — %3). Загрузите сохранённые настройки, чтобы увидеть другие изменения, или перезапишите их.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Сохранение настроек</translation>
    </message>
    <message>
        <source>Another console saved &quot;%1&quot; at the same moment. Reload and try again.</source>
        <translation>Другая консоль сохранила раздел «%1» в тот же момент. Загрузите настройки заново и повторите попытку.</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>нет изменений</translation>
    </message>
    <message>
        <source>Recording settings history</source>
        <translation>Запись истории настроек</translation>
    </message>
    <message>
        <source>Reading settings history</source>
        <translation>Чтение истории настроек</translation>
    </message>
    <message>
        <source>The stored settings of section %1 are damaged: %2</source>
        <translation>Сохранённые настройки раздела %1 повреждены: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>недопустимый JSON в символе %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не является объектом JSON</translation>
    </message>
    <message>
        <source>
Restore the section from its history in the console (Settings → History), or import a good settings file.</source>
        <translation>
Восстановите раздел из истории в консоли (Настройки → История) или импортируйте исправный файл настроек.</translation>
    </message>
    <message>
        <source>Reading the stored secrets</source>
        <translation>Чтение сохранённых секретов</translation>
    </message>
    <message>
        <source>The secret %1 cannot be decrypted: %2</source>
        <translation>Секрет %1 не удаётся расшифровать: %2</translation>
    </message>
    <message>
        <source>The %1 of &quot;%2&quot; can only be saved once the store key is unlocked (enter the store&apos;s passphrase).</source>
        <translation>%1 для «%2» можно сохранить только после разблокировки ключа хранилища (введите парольную фразу хранилища).</translation>
    </message>
    <message>
        <source>Saving the stored secrets</source>
        <translation>Сохранение секретов</translation>
    </message>
    <message>
        <source>No changes: the store already has these settings.</source>
        <translation>Изменений нет: в хранилище уже эти настройки.</translation>
    </message>
</context>
<context>
    <name>SettingsSession</name>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <source>Cannot Export Settings</source>
        <translation>Не удаётся экспортировать настройки</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot Import Settings</source>
        <translation>Не удаётся импортировать настройки</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; nothing was changed.

%2</source>
        <translation>%1 не является допустимым файлом настроек; ничего не изменено.

%2</translation>
    </message>
</context>
<context>
    <name>SmsApiGateway</name>
    <message>
        <source>SMSAPI found no valid phone number.</source>
        <translation>SMSAPI не нашёл ни одного допустимого номера телефона.</translation>
    </message>
    <message>
        <source>SMSAPI refused the sender name; it must be registered in the SMSAPI portal.</source>
        <translation>SMSAPI отклонил имя отправителя; его нужно зарегистрировать на портале SMSAPI.</translation>
    </message>
    <message>
        <source>SMSAPI refused the token.</source>
        <translation>SMSAPI отклонил токен.</translation>
    </message>
    <message>
        <source>SMSAPI does not allow requests from this computer&apos;s address (IP filter in the SMSAPI portal).</source>
        <translation>SMSAPI не принимает запросы с адреса этого компьютера (IP-фильтр на портале SMSAPI).</translation>
    </message>
    <message>
        <source>SMSAPI had an internal failure; try again later.</source>
        <translation>Внутренний сбой SMSAPI; повторите попытку позже.</translation>
    </message>
    <message>
        <source>SMSAPI received too many requests; try again later.</source>
        <translation>SMSAPI получил слишком много запросов; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The SMSAPI account has no credit left.</source>
        <translation>На счёте SMSAPI закончились средства.</translation>
    </message>
    <message>
        <source>SMSAPI refused the message: too long or empty.</source>
        <translation>SMSAPI отклонил сообщение: слишком длинное или пустое.</translation>
    </message>
    <message>
        <source>SMSAPI refused the request (error %1).</source>
        <translation>SMSAPI отклонил запрос (ошибка %1).</translation>
    </message>
    <message>
        <source>SMSAPI&apos;s answer is not in the expected form.</source>
        <translation>Ответ SMSAPI имеет неожиданный формат.</translation>
    </message>
</context>
<context>
    <name>SmsEncoding</name>
    <message>
        <source>%1 characters, %2, %3 SMS</source>
        <translation>%1 симв., %2, SMS: %3</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>This gateway has no connection check.</source>
        <translation>Для этого шлюза проверка подключения не предусмотрена.</translation>
    </message>
</context>
<context>
    <name>SmsProxyGateway</name>
    <message>
        <source>SMS Proxy needs an https:// address: it works over mutual TLS only.</source>
        <translation>Для SMS Proxy нужен адрес https://: он работает только через взаимный TLS.</translation>
    </message>
    <message>
        <source>Enter the SMS Proxy server&apos;s certificate thumbprint.</source>
        <translation>Введите отпечаток сертификата сервера SMS Proxy.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The SMS Proxy server&apos;s certificate has thumbprint %1, not the configured %2: the connection was refused and nothing was sent.</source>
        <translation>Отпечаток сертификата сервера SMS Proxy — %1, а не настроенный %2: соединение отклонено, ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>SpamGuard</name>
    <message>
        <source>Potential spam attack detected</source>
        <translation>Обнаружена потенциальная спам-атака</translation>
    </message>
    <message>
        <source>Reading the spam protection state</source>
        <translation>Чтение состояния защиты от спама</translation>
    </message>
    <message>
        <source>Reading the spam protection counters</source>
        <translation>Чтение счётчиков защиты от спама</translation>
    </message>
    <message>
        <source>Counting messages</source>
        <translation>Подсчёт сообщений</translation>
    </message>
    <message>
        <source>Pruning message counters</source>
        <translation>Очистка счётчиков сообщений</translation>
    </message>
    <message>
        <source>Saving the spam protection state</source>
        <translation>Сохранение состояния защиты от спама</translation>
    </message>
    <message>
        <source>Sending resumed: %1</source>
        <translation>Отправка сообщений возобновлена: %1</translation>
    </message>
    <message>
        <source>spam protection was turned off</source>
        <translation>защита от спама выключена</translation>
    </message>
    <message numerus="yes">
        <source>the suspension of %n second(s) has passed</source>
        <translation>
            <numerusform>истекла приостановка на %n секунду</numerusform>
            <numerusform>истекла приостановка на %n секунды</numerusform>
            <numerusform>истекла приостановка на %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the messages in the window led to a sign-in</source>
        <translation>%1% сообщений в окне привели ко входу</translation>
    </message>
    <message>
        <source>Potential spam attack detected. Sending suspended. %1 messages in %2 s, %3 successful sign-ins (%4%, minimum %5%); suspended for %2 s.</source>
        <translation>Обнаружена потенциальная спам-атака. Отправка сообщений приостановлена. Сообщений за %2 с: %1, успешных входов: %3 (%4%, минимум %5%); приостановлено на %2 с.</translation>
    </message>
</context>
<context>
    <name>SpamProtectionSettingsPage</name>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>The present state cannot be read: %1</source>
        <translation>Не удаётся прочитать текущее состояние: %1</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n second(s): </source>
        <translation>
            <numerusform>За последние %n с: </numerusform>
            <numerusform>За последние %n с: </numerusform>
            <numerusform>За последние %n с: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, </source>
        <translation>
            <numerusform>отправлено %n сообщение, </numerusform>
            <numerusform>отправлено %n сообщения, </numerusform>
            <numerusform>отправлено %n сообщений, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successful sign-in(s) (%1%).</source>
        <translation>
            <numerusform>%n успешный вход (%1%).</numerusform>
            <numerusform>%n успешных входа (%1%).</numerusform>
            <numerusform>%n успешных входов (%1%).</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam protection is off: messages are always sent.</source>
        <translation>Защита от спама выключена: сообщения отправляются всегда.</translation>
    </message>
    <message>
        <source>✓ Sending normally.</source>
        <translation>✓ Отправка идёт в обычном режиме.</translation>
    </message>
    <message>
        <source>Suspends sending when many messages lead to few sign-ins, the mark of an SMS pumping attack. The counts are shared by every provider server using this store.</source>
        <translation>Приостанавливает отправку, когда много сообщений приводят к малому числу входов — признак атаки с накруткой SMS-трафика. Счётчики общие для всех серверов провайдера, использующих это хранилище.</translation>
    </message>
    <message>
        <source>&amp;Protect against spam</source>
        <translation>Включить &amp;защиту от спама</translation>
    </message>
    <message>
        <source>When ticked, sending is suspended for one window when more messages than the threshold bring too few sign-ins (event 2090); it resumes by itself (event 1118).</source>
        <translation>Если флажок установлен, отправка приостанавливается на одно окно, когда сообщений больше порогового значения, а входов слишком мало (событие 2090); затем она возобновляется сама (событие 1118).</translation>
    </message>
    <message>
        <source>Evaluation &amp;window:</source>
        <translation>&amp;Окно оценки попыток аутентификации:</translation>
    </message>
    <message>
        <source>The period over which messages and sign-ins are counted, and the length of a suspension (%1–%2 s, default 600).</source>
        <translation>Период, за который подсчитываются сообщения и входы, и длительность приостановки (%1–%2 с, по умолчанию 600).</translation>
    </message>
    <message>
        <source>&amp;Threshold of messages:</source>
        <translation>&amp;Пороговое окно попыток аутентификации:</translation>
    </message>
    <message>
        <source>Sending can be suspended only when more messages than this were sent within the window (default 20).</source>
        <translation>Термин из руководства Indeed AM; по смыслу это порог числа отправленных SMS: отправку можно приостановить, только если за окно оценки отправлено больше сообщений, чем это значение (по умолчанию 20).</translation>
    </message>
    <message>
        <source>&amp;Minimum success:</source>
        <translation>П&amp;роцент успешных попыток аутентификации:</translation>
    </message>
    <message>
        <source>The share of sent messages that must lead to a successful sign-in (0–100 %, default 85).</source>
        <translation>Доля отправленных сообщений, которые должны привести к успешному входу (0–100 %, по умолчанию 85).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Present state of spam protection</source>
        <translation>Текущее состояние защиты от спама</translation>
    </message>
    <message>
        <source>Messages and sign-ins over the evaluation window</source>
        <translation>Сообщения и входы за окно оценки</translation>
    </message>
    <message>
        <source>Running totals over the evaluation window ending now, with the saved threshold and the sign-ins the minimum percent asks for.</source>
        <translation>Текущие итоги за окно оценки, заканчивающееся сейчас, с сохранённым пороговым значением и числом входов, которого требует минимальный процент.</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Отправлено сообщений</translation>
    </message>
    <message>
        <source>Successful sign-ins</source>
        <translation>Успешные входы</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Sign-ins needed (minimum %)</source>
        <translation>Нужно входов (минимальный %)</translation>
    </message>
    <message>
        <source>⚠ Sending is SUSPENDED until %1: potential spam attack detected at %2 — more than %3 messages in the window with fewer than %4% leading to a sign-in.</source>
        <translation>⚠ Отправка ПРИОСТАНОВЛЕНА до %1: в %2 обнаружена потенциальная спам-атака — более %3 сообщений в окне, из которых менее %4% привели ко входу.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent in the last %n second(s).</source>
        <translation>
            <numerusform>За последнюю %n секунду ничего не отправлено.</numerusform>
            <numerusform>За последние %n секунды ничего не отправлено.</numerusform>
            <numerusform>За последние %n секунд ничего не отправлено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpamStatusQuery</name>
    <message>
        <source>Reading the spam protection state</source>
        <translation>Чтение состояния защиты от спама</translation>
    </message>
    <message>
        <source>Reading the spam protection counters</source>
        <translation>Чтение счётчиков защиты от спама</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>The file %1 is not an SMS OTP store or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation>Файл %1 не является хранилищем SMS OTP или повреждён (%2). Восстановите его из резервной копии или выберите другой файл.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. Check the file&apos;s permissions.</source>
        <translation>Хранилище %1 доступно только для чтения. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Не удаётся открыть хранилище %1: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 stores are not supported by this version yet.</source>
        <translation>Хранилища %1 пока не поддерживаются этой версией.</translation>
    </message>
    <message>
        <source>The Qt driver %1 for %2 is not installed.</source>
        <translation>Драйвер Qt %1 для %2 не установлен.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with &quot;smsotp-cli store init&quot;.</source>
        <translation>По адресу %1 нет хранилища. Создайте его командой «smsotp-cli store init».</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. Check the file&apos;s permissions.</source>
        <translation>Хранилище %1 доступно только для чтения. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Не удаётся прочитать версию схемы %1: %2</translation>
    </message>
    <message>
        <source>%1 holds other data and is not an SMS OTP store.</source>
        <translation>%1 содержит другие данные и не является хранилищем SMS OTP.</translation>
    </message>
    <message>
        <source>The store %1 is not initialised yet. Run &quot;smsotp-cli store init&quot; first.</source>
        <translation>Хранилище %1 ещё не инициализировано. Сначала выполните «smsotp-cli store init».</translation>
    </message>
    <message>
        <source>The store %1 was created by a newer version of SMS OTP Console (schema %2; this program knows up to %3). Update this program to open it.</source>
        <translation>Хранилище %1 создано более новой версией SMS OTP Console (схема %2; эта программа знает схемы до %3). Обновите программу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The store %1 has no identity; it is damaged.</source>
        <translation>У хранилища %1 нет идентификатора; оно повреждено.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Не удаётся начать транзакцию в %1: %2</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Не удаётся сохранить в %1: %2</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation>Сбой операции «%1» в %2: %3</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Сохранение %1</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; has no role in the store %2, so it may not read it. Ask the store&apos;s administrator to run &quot;smsotp-cli store grant %1 auditor&quot; (or helpdesk, or administrator).</source>
        <translation>У учётной записи «%1» нет роли в хранилище %2, поэтому читать его нельзя. Попросите администратора хранилища выполнить &quot;smsotp-cli store grant %1 auditor&quot; (или helpdesk, или administrator).</translation>
    </message>
    <message>
        <source>The store %1 needs its schema brought up to date (version %2 to %3), which only its administrator may do: ask them to run &quot;smsotp-cli store init&quot; with this version of the program. Your login is %4.</source>
        <translation>Схему хранилища %1 нужно обновить (с версии %2 до %3), а это может сделать только его администратор: попросите его выполнить &quot;smsotp-cli store init&quot; этой версией программы. Ваша учётная запись: %4.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Your store login (%1) may not do this: the database refused &quot;%2&quot; in %3. Ask the store&apos;s administrator for a role that allows it.</source>
        <translation>Ваша учётная запись хранилища (%1) не может это сделать: база данных отклонила операцию «%2» в %3. Попросите у администратора хранилища роль, которая это разрешает.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <source>Cannot read the identity of the store %1.</source>
        <translation>Не удаётся прочитать идентификатор хранилища %1.</translation>
    </message>
    <message>
        <source>%1 now holds a different store (identity %2, expected %3).</source>
        <translation>По адресу %1 теперь находится другое хранилище (идентификатор %2, ожидался %3).</translation>
    </message>
    <message>
        <source>The connection to the store %1 is lost, so nothing was read or changed. Try again once it is restored.</source>
        <translation>Соединение с хранилищем %1 потеряно, поэтому ничего не прочитано и не изменено. Повторите попытку, когда оно восстановится.</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>help desk</source>
        <translation>служба поддержки</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The store was created, but it has no key yet: %1</source>
        <translation>Хранилище создано, но ключа у него пока нет: %1</translation>
    </message>
    <message>
        <source>Store key created (fingerprint %1).</source>
        <translation>Ключ хранилища создан (отпечаток %1).</translation>
    </message>
    <message>
        <source>Store ready: %1 (%2), schema version %3.</source>
        <translation>Хранилище готово: %1 (%2), версия схемы %3.</translation>
    </message>
    <message>
        <source>Dialect:        %1</source>
        <translation>Диалект:          %1</translation>
    </message>
    <message>
        <source>Location:       %1</source>
        <translation>Расположение:     %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Версия схемы:     %1 (эта программа: %2)</translation>
    </message>
    <message>
        <source>UUID:           %1</source>
        <translation>UUID:             %1</translation>
    </message>
    <message>
        <source>Store key:      %1</source>
        <translation>Ключ хранилища:   %1</translation>
    </message>
    <message>
        <source>present, protected by a passphrase</source>
        <translation>есть, защищён парольной фразой</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>ещё не создан</translation>
    </message>
    <message>
        <source>Authenticators: %1</source>
        <translation>Аутентификаторы:  %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>События:          %1</translation>
    </message>
    <message>
        <source>  store init                       create the store (or bring its schema up to date) and its key
  store info                       dialect, location, schema version, identity, your role
  store grant LOGIN ROLE           PostgreSQL: make LOGIN administrator, helpdesk or auditor
  store revoke LOGIN               PostgreSQL: take every store role from LOGIN
  store roles                      PostgreSQL: who holds which role
</source>
        <translation>  store init                       создать хранилище (или обновить его схему) и его ключ
  store info                       СУБД, расположение, версия схемы, идентификатор, ваша роль
  store grant LOGIN ROLE           PostgreSQL: назначить LOGIN роль administrator, helpdesk или auditor
  store revoke LOGIN               PostgreSQL: отозвать у LOGIN все роли хранилища
  store roles                      PostgreSQL: у кого какая роль
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli store init | info | grant LOGIN administrator|helpdesk|auditor | revoke LOGIN | roles</source>
        <translation>Использование: smsotp-cli store init | info | grant LOGIN administrator|helpdesk|auditor | revoke LOGIN | roles</translation>
    </message>
    <message>
        <source>Your role:      %1</source>
        <translation>Ваша роль:     %1</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use administrator, helpdesk or auditor.</source>
        <translation>Неизвестная роль «%1»: укажите administrator, helpdesk или auditor.</translation>
    </message>
    <message>
        <source>%1 is now %2 of this store (role %3).</source>
        <translation>%1 теперь — %2 этого хранилища (роль %3).</translation>
    </message>
    <message>
        <source>The table rights were left as they are: only the store&apos;s owner may re-apply them.</source>
        <translation>Права на таблицы оставлены как есть: применить их заново может только владелец хранилища.</translation>
    </message>
    <message>
        <source>%1 held no role in this store; nothing changed.</source>
        <translation>У %1 не было роли в этом хранилище; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 no longer holds a role in this store (was: %2).</source>
        <translation>У %1 больше нет роли в этом хранилище (была: %2).</translation>
    </message>
</context>
<context>
    <name>StoreConnectionIndicator</name>
    <message>
        <source>Connection to the store lost — reconnecting (attempt %1)…</source>
        <translation>Соединение с хранилищем потеряно — переподключение (попытка %1)…</translation>
    </message>
    <message>
        <source>The console reconnects by itself; unsaved input on the pages is kept. Saving waits until the connection is back.
%1</source>
        <translation>Консоль переподключится сама; несохранённые данные на страницах не потеряются. Сохранение ждёт восстановления соединения.
%1</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The remembered store key is damaged.</source>
        <translation>Запомненный ключ хранилища повреждён.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The store&apos;s wrapped key is damaged.</source>
        <translation>Обёрнутый ключ хранилища повреждён.</translation>
    </message>
    <message>
        <source>The store&apos;s wrapped key uses parameters this computer cannot derive.</source>
        <translation>Обёрнутый ключ хранилища использует параметры, которые этот компьютер не может вычислить.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this store.</source>
        <translation>Неверная парольная фраза для этого хранилища.</translation>
    </message>
</context>
<context>
    <name>StoreKeyController</name>
    <message>
        <source>&amp;Unlock Store Key…</source>
        <translation>&amp;Разблокировать ключ хранилища…</translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase to work with phone numbers and gateway secrets.</source>
        <translation>Ввести парольную фразу хранилища, чтобы работать с номерами телефонов и секретами шлюза.</translation>
    </message>
    <message>
        <source>&amp;Forget Store Key on This Computer</source>
        <translation>&amp;Забыть ключ хранилища на этом компьютере</translation>
    </message>
    <message>
        <source>Remove the remembered key of this store from the keychain.</source>
        <translation>Удалить запомненный ключ этого хранилища из связки ключей.</translation>
    </message>
    <message>
        <source>C&amp;hange Store Passphrase…</source>
        <translation>Сменить &amp;парольную фразу хранилища…</translation>
    </message>
    <message>
        <source>Wrap the store key with a new passphrase; nothing is re-encrypted.</source>
        <translation>Зашифровать ключ хранилища новой парольной фразой; данные не перешифровываются.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Не удалось прочитать связку ключей: %1</translation>
    </message>
    <message>
        <source>Store key unlocked from this computer&apos;s keychain.</source>
        <translation>Ключ хранилища разблокирован из связки ключей этого компьютера.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>The store key is remembered on this computer.</source>
        <translation>Ключ хранилища запомнен на этом компьютере.</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Не удалось обновить связку ключей: %1</translation>
    </message>
    <message>
        <source>The store passphrase was changed.</source>
        <translation>Парольная фраза хранилища изменена.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the store key; the passphrase is asked at the next opening.</source>
        <translation>Этот компьютер больше не помнит ключ хранилища; парольная фраза будет запрошена при следующем открытии.</translation>
    </message>
    <message>
        <source>&amp;Create Store Key…</source>
        <translation>Созд&amp;ать ключ хранилища…</translation>
    </message>
    <message>
        <source>This store has no key yet: create one, protected by a passphrase, to work with phone numbers.</source>
        <translation>У этого хранилища ещё нет ключа: создайте его, защитив парольной фразой, чтобы работать с номерами телефонов.</translation>
    </message>
    <message>
        <source>The store key was created and is unlocked.</source>
        <translation>Ключ хранилища создан и разблокирован.</translation>
    </message>
    <message>
        <source>Another console or smsotp-cli has created this store&apos;s key since it was opened here. That key is kept and no other is made: unlock it with its passphrase (File → Unlock Store Key…).</source>
        <translation>Другая консоль или smsotp-cli создала ключ этого хранилища после того, как оно было открыто здесь. Этот ключ сохранён, другой не создаётся: разблокируйте его парольной фразой (Файл → Разблокировать ключ хранилища…).</translation>
    </message>
    <message>
        <source>Create Store Key</source>
        <translation>Создание ключа хранилища</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in %1.</source>
        <translation>Слишком много неверных парольных фраз. Повторите через %1.</translation>
    </message>
    <message>
        <source>store key unlock refused: the passphrase did not unlock the key</source>
        <translation>разблокировка ключа хранилища отклонена: парольная фраза не подошла к ключу</translation>
    </message>
    <message numerus="yes">
        <source>store key unlock paused for %n second(s) after %1 wrong passphrases in a row</source>
        <translation>
            <numerusform>разблокировка ключа хранилища приостановлена на %n секунду после %1 неверных парольных фраз подряд</numerusform>
            <numerusform>разблокировка ключа хранилища приостановлена на %n секунды после %1 неверных парольных фраз подряд</numerusform>
            <numerusform>разблокировка ключа хранилища приостановлена на %n секунд после %1 неверных парольных фраз подряд</numerusform>
        </translation>
    </message>
    <message>
        <source>The event log could not record this: %1</source>
        <translation>Не удалось записать это в журнал событий: %1</translation>
    </message>
</context>
<context>
    <name>StoreKeyVault</name>
    <message>
        <source>This store already has a key.</source>
        <translation>У этого хранилища уже есть ключ.</translation>
    </message>
    <message>
        <source>Store key created</source>
        <translation>Ключ хранилища создан</translation>
    </message>
    <message>
        <source>This store has no key yet. Create one with &quot;smsotp-cli store init&quot; and a passphrase.</source>
        <translation>У этого хранилища ещё нет ключа. Создайте его командой «smsotp-cli store init» с парольной фразой.</translation>
    </message>
    <message>
        <source>Store passphrase changed</source>
        <translation>Парольная фраза хранилища изменена</translation>
    </message>
    <message>
        <source>Locking the store for its key</source>
        <translation>Блокировка хранилища для создания ключа</translation>
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
        <translation>Настройки аутентификатора Storage SMS OTP, по одной странице на раздел, хранятся в этом хранилище:</translation>
    </message>
    <message>
        <source>No store is open. Use File → Open store… to open one.</source>
        <translation>Хранилище не открыто. Откройте его командой Файл → Открыть хранилище….</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation>Открыть хранилище…</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>The store %1 is a local file: it has no logins and no roles. Whoever may write the file administers the store; protect it with the file&apos;s permissions.</source>
        <translation>Хранилище %1 — локальный файл: у него нет учётных записей и ролей. Хранилищем управляет тот, кто может записывать файл; защитите его правами доступа к файлу.</translation>
    </message>
    <message>
        <source>Changing the store&apos;s roles</source>
        <translation>Изменение ролей хранилища</translation>
    </message>
    <message>
        <source>Reading the database&apos;s name</source>
        <translation>Чтение имени базы данных</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; is too long for the store&apos;s role names (at most %2 bytes with &quot;_administrator&quot;). Rename the database to use roles.</source>
        <translation>Имя базы данных «%1» слишком длинное для имён ролей хранилища (не более %2 байт вместе с &quot;_administrator&quot;). Чтобы использовать роли, переименуйте базу данных.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used as a PostgreSQL role name here.</source>
        <translation>«%1» нельзя использовать здесь как имя роли PostgreSQL.</translation>
    </message>
    <message>
        <source>Looking up the role %1</source>
        <translation>Поиск роли %1</translation>
    </message>
    <message>
        <source>Reading the rights of this login</source>
        <translation>Чтение прав этой учётной записи</translation>
    </message>
    <message>
        <source>Cannot read the rights of this login.</source>
        <translation>Не удалось прочитать права этой учётной записи.</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; may not manage the store&apos;s roles: that needs a PostgreSQL login with CREATEROLE (or a superuser). Run this as the store&apos;s owner (%2) if it has CREATEROLE, or ask the database&apos;s administrator.</source>
        <translation>Учётная запись «%1» не может управлять ролями хранилища: для этого нужна учётная запись PostgreSQL с CREATEROLE (или суперпользователь). Выполните это от имени владельца хранилища (%2), если у него есть CREATEROLE, или обратитесь к администратору базы данных.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is one of the store&apos;s own roles; name the login of a person or a service.</source>
        <translation>«%1» — одна из собственных ролей хранилища; укажите учётную запись человека или службы.</translation>
    </message>
    <message>
        <source>Looking up the login %1</source>
        <translation>Поиск учётной записи %1</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login &apos;%1&apos; on this server. Create it first, for example CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;, then grant it a store role.</source>
        <translation>На этом сервере нет учётной записи PostgreSQL «%1». Сначала создайте её, например CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;, затем назначьте ей роль хранилища.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PostgreSQL role that cannot log in; give the store role to a login.</source>
        <translation>«%1» — роль PostgreSQL без права входа; назначьте роль хранилища учётной записи, которая может входить.</translation>
    </message>
    <message>
        <source>Reading the roles of %1</source>
        <translation>Чтение ролей %1</translation>
    </message>
    <message>
        <source>Listing the store&apos;s tables</source>
        <translation>Получение списка таблиц хранилища</translation>
    </message>
    <message>
        <source>Listing the store&apos;s sequences</source>
        <translation>Получение списка последовательностей хранилища</translation>
    </message>
    <message>
        <source>Reading the store&apos;s schema</source>
        <translation>Чтение схемы хранилища</translation>
    </message>
    <message>
        <source>Reading the rights of %1</source>
        <translation>Чтение прав %1</translation>
    </message>
    <message>
        <source>The store&apos;s roles do not exist yet, and only the store&apos;s owner (%1) may give them rights on its tables. Run the first &quot;store grant&quot; as %1.</source>
        <translation>Роли хранилища ещё не созданы, и дать им права на его таблицы может только владелец хранилища (%1). Выполните первую команду &quot;store grant&quot; от имени %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; still holds %2, granted by another login; ask that login or a superuser to revoke it.</source>
        <translation>У «%1» всё ещё есть роль %2, назначенная другой учётной записью; попросите эту учётную запись или суперпользователя отозвать её.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login &apos;%1&apos; on this server.</source>
        <translation>На этом сервере нет учётной записи PostgreSQL «%1».</translation>
    </message>
    <message>
        <source>Reading the members of %1</source>
        <translation>Чтение участников %1</translation>
    </message>
    <message>
        <source>Reading the store&apos;s owner</source>
        <translation>Чтение владельца хранилища</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>&apos;%1&apos;: a SQLite store needs a full file path after three slashes, for example sqlite:///home/me/store.db</source>
        <translation>«%1»: для хранилища SQLite после трёх косых черт нужен полный путь к файлу, например sqlite:///home/me/store.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown kind of store &apos;%2&apos;; use sqlite or postgresql</source>
        <translation>«%1»: неизвестный тип хранилища «%2»; используйте sqlite или postgresql</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the server&apos;s host name is missing</source>
        <translation>«%1»: не указано имя хоста сервера</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: name the database after the host, for example postgresql://user@host/smsotp</source>
        <translation>«%1»: укажите базу данных после хоста, например postgresql://user@host/smsotp</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: name the user before the host, for example postgresql://user@host/smsotp</source>
        <translation>«%1»: укажите пользователя перед хостом, например postgresql://user@host/smsotp</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown option &apos;%2&apos;; only sslmode is understood</source>
        <translation>«%1»: неизвестный параметр «%2»; поддерживается только sslmode</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: sslmode must be one of %2</source>
        <translation>«%1»: sslmode должен быть одним из: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder: name the store&apos;s file, for example %2</source>
        <translation>«%1» — это папка: укажите файл хранилища, например %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a store address. Use a file path such as /full/path/store.db (or sqlite:///full/path/store.db), or postgresql://user@host:5432/database?sslmode=require</source>
        <translation>«%1» не является адресом хранилища. Укажите путь к файлу, например /full/path/store.db (или sqlite:///full/path/store.db), или postgresql://user@host:5432/database?sslmode=require</translation>
    </message>
</context>
<context>
    <name>TestSendCommand</name>
    <message>
        <source>  test-send PHONE [--text T] [--validate-only] [--json]
                                   send a test SMS (a fresh OTP, or the text T) through the gateway
</source>
        <translation>  test-send PHONE [--text T] [--validate-only] [--json]
                                   отправить тестовое SMS (новый одноразовый пароль или текст T) через шлюз
</translation>
    </message>
    <message>
        <source>--text needs a text.</source>
        <translation>Для --text нужен текст.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]</source>
        <translation>Использование: smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]</translation>
    </message>
    <message>
        <source> (gateway: %1 %2)</source>
        <translation> (шлюз: %1 %2)</translation>
    </message>
    <message>
        <source>The test SMS to %1 was not sent: %2</source>
        <translation>Тестовое SMS на %1 не отправлено: %2</translation>
    </message>
    <message>
        <source>Validated (not sent) to %1 through %2 in %3 ms.</source>
        <translation>Проверено (не отправлено) для %1 через %2 за %3 мс.</translation>
    </message>
    <message>
        <source>Sent to %1 through %2 in %3 ms.</source>
        <translation>Отправлено на %1 через %2 за %3 мс.</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>Идентификатор сообщения: %1</translation>
    </message>
    <message>
        <source>Gateway answer: %1 %2</source>
        <translation>Ответ шлюза: %1 %2</translation>
    </message>
    <message>
        <source>The first gateway failed (%1); the second one sent it.</source>
        <translation>Сбой первого шлюза (%1); сообщение отправил второй.</translation>
    </message>
    <message>
        <source>The one-time password in it was made for this test only and signs nobody in.</source>
        <translation>Одноразовый пароль в нём создан только для этого теста и ни для какого входа не подходит.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>Send a Test SMS</source>
        <translation>Отправка тестового SMS</translation>
    </message>
    <message>
        <source>Sends a real SMS through the gateway to prove the configuration works. The message is built like a sign-in message, with a fresh one-time password that signs nobody in, or with a text of your own. Every test send is recorded in the event log without the code.</source>
        <translation>Отправляет настоящее SMS через шлюз, чтобы проверить, что настройки работают. Сообщение составляется так же, как сообщение для входа, — с новым одноразовым паролем, по которому никто не сможет войти, или с вашим собственным текстом. Каждая тестовая отправка записывается в журнал событий без кода.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Номер телефона:</translation>
    </message>
    <message>
        <source>for example 8 (916) 123-45-67</source>
        <translation>например, 8 (916) 123-45-67</translation>
    </message>
    <message>
        <source>Typed as users would; it is normalised with the Phone format settings.</source>
        <translation>Вводите так, как это сделали бы пользователи; номер нормализуется согласно настройкам раздела «Формат телефонного номера».</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Номер получателя:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>&amp;Одноразовый пароль</translation>
    </message>
    <message>
        <source>The text of the Message format page with a freshly generated one-time password.</source>
        <translation>Текст со страницы «Формат сообщения» с только что сгенерированным одноразовым паролем.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>Новый &amp;код</translation>
    </message>
    <message>
        <source>C&amp;ustom text</source>
        <translation>&amp;Свой текст</translation>
    </message>
    <message>
        <source>The text to send</source>
        <translation>Текст для отправки</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предварительный просмотр:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Шлюз:</translation>
    </message>
    <message>
        <source>&amp;Validate only (the gateway checks the request but sends nothing)</source>
        <translation>Только &amp;проверка (шлюз проверяет запрос, но ничего не отправляет)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>О&amp;тправить</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>От&amp;менить отправку</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation>Идентификатор сообщения у провайдера:</translation>
    </message>
    <message>
        <source>Gateway code:</source>
        <translation>Код шлюза:</translation>
    </message>
    <message>
        <source>Gateway answer:</source>
        <translation>Ответ шлюза:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Задержка:</translation>
    </message>
    <message>
        <source>Sent through:</source>
        <translation>Отправлено через:</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Пока ничего не отправлено.</translation>
    </message>
    <message>
        <source>(enter a number)</source>
        <translation>(введите номер)</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>Отправитель: %1 · %2</translation>
    </message>
    <message>
        <source>the outbox beside the store</source>
        <translation>файл исходящих сообщений рядом с хранилищем</translation>
    </message>
    <message>
        <source>then, on a connection failure or when busy: %1 — %2</source>
        <translation>затем, при сбое подключения или занятости: %1 — %2</translation>
    </message>
    <message>
        <source>Using the saved settings.</source>
        <translation>Используются сохранённые настройки.</translation>
    </message>
    <message>
        <source>Using the unsaved settings of the page being edited.</source>
        <translation>Используются несохранённые настройки редактируемой страницы.</translation>
    </message>
    <message>
        <source>The gateway checks the number, sender and credentials and sends nothing (SMSAPI&apos;s test mode).</source>
        <translation>Шлюз проверяет номер, отправителя и учётные данные, но ничего не отправляет (тестовый режим SMSAPI).</translation>
    </message>
    <message>
        <source>This gateway has no validate-only send.</source>
        <translation>Этот шлюз не поддерживает отправку только с проверкой.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Accepted (validate only: nothing was sent)</source>
        <translation>Принято (только проверка: ничего не отправлено)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>(the second gateway: the first one failed with %1)</source>
        <translation>(второй шлюз: первый завершился ошибкой %1)</translation>
    </message>
</context>
<context>
    <name>TestSender</name>
    <message>
        <source>The phone number was refused: %1</source>
        <translation>Номер телефона отклонён: %1</translation>
    </message>
    <message>
        <source>A test message is being sent already.</source>
        <translation>Тестовое сообщение уже отправляется.</translation>
    </message>
    <message>
        <source>This gateway has no validate-only send; nothing was sent.</source>
        <translation>Этот шлюз не поддерживает отправку только с проверкой; ничего не отправлено.</translation>
    </message>
    <message>
        <source>validate-only test SMS</source>
        <translation>тестовое SMS (только проверка)</translation>
    </message>
    <message>
        <source>test SMS</source>
        <translation>тестовое SMS</translation>
    </message>
    <message>
        <source>%1 to %2 through %3: %4</source>
        <translation>%1 на %2 через %3: %4</translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>шлюз</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 мс)</translation>
    </message>
    <message>
        <source>; the first gateway failed: %1</source>
        <translation>; сбой первого шлюза: %1</translation>
    </message>
    <message>
        <source>Sent, but the event could not be written: %1</source>
        <translation>Отправлено, но событие записать не удалось: %1</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>Введите номер телефона получателя.</translation>
    </message>
    <message>
        <source>the first gateway failed (%1); the test SMS to %2 went through the second gateway</source>
        <translation>первый шлюз не сработал (%1); тестовое SMS на %2 отправлено через второй шлюз</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list] | list [--json] | disable NAME | enable NAME | delete NAME</source>
        <translation>Использование: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list] | list [--json] | disable NAME | enable NAME | delete NAME</translation>
    </message>
    <message>
        <source>--scope needs a comma-separated list of scopes.</source>
        <translation>--scope требует список областей доступа через запятую.</translation>
    </message>
    <message>
        <source>--expires needs a date, for example 2027-01-31.</source>
        <translation>--expires требует дату, например 2027-01-31.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for tokens create.</source>
        <translation>Неизвестный параметр «%1» для tokens create.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]</source>
        <translation>Использование: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]</translation>
    </message>
    <message>
        <source>Give the token its scopes with --scope, for example --scope otp:request,otp:verify (scopes: %1).</source>
        <translation>Задайте области доступа токена параметром --scope, например --scope otp:request,otp:verify (области доступа: %1).</translation>
    </message>
    <message>
        <source>Unknown scope &apos;%1&apos;. The scopes are %2.</source>
        <translation>Неизвестная область доступа «%1». Области доступа: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write 2027-01-31 or 2027-01-31T18:00:00Z.</source>
        <translation>«%1» не является датой: укажите 2027-01-31 или 2027-01-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created with the scopes %2. Copy the secret above now: it is stored only as a hash and will not be shown again.</source>
        <translation>API-токен «%1» создан с областями доступа %2. Скопируйте секрет выше сейчас: хранится только его хеш, и он больше не будет показан.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens list [--json]</source>
        <translation>Использование: smsotp-cli tokens list [--json]</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli tokens %1 NAME</source>
        <translation>Использование: smsotp-cli tokens %1 NAME</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; deleted; callers using it are refused from now on.</source>
        <translation>API-токен «%1» удалён; вызовы с ним с этого момента отклоняются.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; enabled.</source>
        <translation>API-токен «%1» включён.</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; disabled; callers using it are refused until it is enabled again.</source>
        <translation>API-токен «%1» отключён; вызовы с ним отклоняются, пока он не будет снова включён.</translation>
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
                                   новый API-токен для smsotp-server; секрет выводится один раз.
                                   Области доступа: otp:request, otp:verify, phones:read,
                                   phones:write, metrics:read.
                                   DATE: 2027-01-31 (полночь UTC) или 2027-01-31T18:00:00Z
  tokens list [--json]             API-токены (без секретов)
  tokens disable|enable|delete NAME
</translation>
    </message>
</context>
<context>
    <name>UnlockStoreKeyDialog</name>
    <message>
        <source>Unlock Store Key</source>
        <translation>Разблокировка ключа хранилища</translation>
    </message>
    <message>
        <source>Phone numbers and gateway secrets in %1 are encrypted. Enter the store&apos;s passphrase to work with them. Without it you can still browse, unblock and read events.</source>
        <translation>Номера телефонов и секреты шлюза в %1 зашифрованы. Чтобы работать с ними, введите парольную фразу хранилища. Без неё по-прежнему можно просматривать и разблокировать аутентификаторы и читать события.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Keep the unlocked key in this computer&apos;s keychain, so the passphrase is not asked again here. Forget it from the File menu.</source>
        <translation>Хранить разблокированный ключ в связке ключей этого компьютера, чтобы парольная фраза здесь больше не запрашивалась. Забыть ключ можно в меню «Файл».</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
</context>
<context>
    <name>UserCsvImport</name>
    <message>
        <source>Too many fields: expected login, phone, comment.</source>
        <translation>Слишком много полей: ожидаются логин, телефон, комментарий.</translation>
    </message>
    <message>
        <source>Phone numbers are stored encrypted: unlock the store key first.</source>
        <translation>Номера телефонов хранятся в зашифрованном виде: сначала разблокируйте ключ хранилища.</translation>
    </message>
    <message>
        <source>This login appears earlier in the file.</source>
        <translation>Этот логин уже встречается выше в файле.</translation>
    </message>
    <message>
        <source>Phone number refused: %1</source>
        <translation>Номер телефона отклонён: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an SMS authenticator.</source>
        <translation>У «%1» уже есть SMS-аутентификатор.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message>
        <source>registered with phone %1 (CSV import)</source>
        <translation>зарегистрирован с телефоном %1 (импорт из CSV)</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Импорт отменён: ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n пользователь.</numerusform>
            <numerusform>Импортировано %n пользователя.</numerusform>
            <numerusform>Импортировано %n пользователей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already registered with this number: nothing to change.</source>
        <translation>Уже зарегистрирован с этим номером: изменять нечего.</translation>
    </message>
    <message>
        <source>phone changed to %1 (directory import)</source>
        <translation>телефон изменён на %1 (импорт из каталога)</translation>
    </message>
    <message>
        <source>phone changed to %1 (CSV import)</source>
        <translation>телефон изменён на %1 (импорт из CSV)</translation>
    </message>
    <message>
        <source>registered with phone %1 (directory import)</source>
        <translation>зарегистрирован с телефоном %1 (импорт из каталога)</translation>
    </message>
    <message>
        <source>%1 registered and %2 updated from the directory</source>
        <translation>Из каталога зарегистрировано: %1, обновлено: %2</translation>
    </message>
    <message>
        <source>%1 user(s) imported, %2 updated.</source>
        <translation>Импортировано пользователей: %1, обновлено: %2.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>Import Users</source>
        <translation>Импорт пользователей</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped. Import the others?</source>
        <translation>
            <numerusform>%n строка содержит ошибки и будет пропущена. Импортировать остальные?</numerusform>
            <numerusform>%n строки содержат ошибки и будут пропущены. Импортировать остальные?</numerusform>
            <numerusform>%n строк содержат ошибки и будут пропущены. Импортировать остальные?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing users…</source>
        <translation>Импорт пользователей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import Users from CSV</source>
        <translation>Импорт пользователей из CSV</translation>
    </message>
    <message>
        <source>A CSV file with one user per line: login, phone, comment (a header line is optional). Every row is checked before anything is written; rows with problems are skipped.</source>
        <translation>Файл CSV с одним пользователем в строке: логин, телефон, комментарий (строка заголовка необязательна). Перед записью проверяется каждая строка; строки с ошибками пропускаются.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>The file holds no users.</source>
        <translation>В файле нет пользователей.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Показано первых строк: %1.</translation>
    </message>
    <message>
        <source>More users match than one import reads (%1). Narrow the filter and import the rest separately.</source>
        <translation>Фильтру соответствует больше пользователей, чем читает один импорт (%1). Сузьте фильтр и импортируйте остальных отдельно.</translation>
    </message>
    <message>
        <source>update the number</source>
        <translation>обновить номер</translation>
    </message>
    <message>
        <source>Import Users from the Directory</source>
        <translation>Импорт пользователей из каталога</translation>
    </message>
    <message>
        <source>Every directory user matching the filter (empty: the import filter of the Directory settings) is registered with the number in their phone attribute. Every row is checked before anything is written; rows with problems are skipped.</source>
        <translation>Каждый пользователь каталога, соответствующий фильтру (пусто — фильтр импорта из настроек раздела «Каталог»), регистрируется с номером из его атрибута телефона. Все строки проверяются до записи; строки с ошибками пропускаются.</translation>
    </message>
    <message>
        <source>&amp;Read Directory</source>
        <translation>&amp;Прочитать каталог</translation>
    </message>
    <message>
        <source>An LDAP filter, for example (&amp;(objectClass=user)(department=Sales)).</source>
        <translation>Фильтр LDAP, например (&amp;(objectClass=user)(department=Sales)).</translation>
    </message>
    <message>
        <source>&amp;Update the numbers of users already registered</source>
        <translation>&amp;Обновить номера уже зарегистрированных пользователей</translation>
    </message>
    <message>
        <source>No directory user matches the filter.</source>
        <translation>Фильтру не соответствует ни один пользователь каталога.</translation>
    </message>
    <message>
        <source>Press Read Directory to see the users.</source>
        <translation>Нажмите «Прочитать каталог», чтобы увидеть пользователей.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import, %1 with problems.</source>
        <translation>
            <numerusform>%n строка готова к импорту, с ошибками: %1.</numerusform>
            <numerusform>%n строки готовы к импорту, с ошибками: %1.</numerusform>
            <numerusform>%n строк готово к импорту, с ошибками: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>use denied</source>
        <translation>использование запрещено</translation>
    </message>
    <message>
        <source>blocked until %1</source>
        <translation>заблокирован до %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>--comment needs a text.</source>
        <translation>Для --comment нужен текст.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service]</source>
        <translation>Использование: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--search needs a text.</source>
        <translation>Для --search нужен текст.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users list [--blocked] [--search S] [--json]</source>
        <translation>Использование: smsotp-cli users list [--blocked] [--search S] [--json]</translation>
    </message>
    <message>
        <source>Note: searching phone numbers needs the store&apos;s passphrase; only logins were searched.</source>
        <translation>Примечание: для поиска по номерам телефонов нужна парольная фраза хранилища; поиск выполнен только по логинам.</translation>
    </message>
    <message>
        <source>failures: %1</source>
        <translation>неудач: %1</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users unblock LOGIN... | users unblock --all</source>
        <translation>Использование: smsotp-cli users unblock LOGIN... | users unblock --all</translation>
    </message>
    <message>
        <source>blocked until a help-desk unblock</source>
        <translation>заблокирован до разблокировки службой поддержки</translation>
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
                                   зарегистрировать аутентификатор (номер нормализуется и шифруется)
  users list [--blocked] [--search S] [--json]
                                   список аутентификаторов; S ищет по логинам или точно по номеру телефона
  users unblock LOGIN... | --all   разблокировать учётные записи
  users import-directory [--filter F] [--dry-run] [--update-existing]
                                   зарегистрировать всех пользователей каталога, соответствующих F (по умолчанию:
                                   directory.importFilter), с их номерами
</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service] | list [--blocked] [--search S] [--json] | unblock LOGIN... | unblock --all | import-directory [--filter F] [--dry-run] [--update-existing]</source>
        <translation>Использование: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service] | list [--blocked] [--search S] [--json] | unblock LOGIN... | unblock --all | import-directory [--filter F] [--dry-run] [--update-existing]</translation>
    </message>
    <message>
        <source>--filter needs an LDAP filter.</source>
        <translation>--filter требует фильтр LDAP.</translation>
    </message>
    <message>
        <source>Usage: smsotp-cli users import-directory [--filter F] [--dry-run] [--update-existing]</source>
        <translation>Использование: smsotp-cli users import-directory [--filter F] [--dry-run] [--update-existing]</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущен: %1</translation>
    </message>
    <message>
        <source>update to %1</source>
        <translation>обновить на %1</translation>
    </message>
    <message>
        <source>register with %1</source>
        <translation>зарегистрировать с %1</translation>
    </message>
    <message>
        <source>Warning: more users match than one import reads (%1); narrow the filter and import the rest separately.</source>
        <translation>Внимание: фильтру соответствует больше пользователей, чем читает один импорт (%1); сузьте фильтр и импортируйте остальных отдельно.</translation>
    </message>
    <message>
        <source>%1 of %2 directory user(s) can be imported.</source>
        <translation>Можно импортировать пользователей каталога: %1 из %2.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Management console for an SMS one-time-password provider.</source>
        <translation>Консоль управления провайдером одноразовых паролей по SMS.</translation>
    </message>
    <message>
        <source>Show the console in LANG: en, sv, ru or et.</source>
        <translation>Показывать консоль на языке LANG: en, sv, ru или et.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use en, sv, ru or et.</source>
        <translation>Неизвестный язык «%1»; используйте en, sv, ru или et.</translation>
    </message>
    <message>
        <source>Start on PAGE: helpDesk, events, or a settings section such as block.</source>
        <translation>Открыть страницу PAGE: helpDesk, events или раздел настроек, например block.</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;.</source>
        <translation>Неизвестная страница «%1».</translation>
    </message>
    <message>
        <source>Open the store at URL (a file path such as /path/store.db, sqlite:///path/store.db, or postgresql://user@host:5432/db?sslmode=require).</source>
        <translation>Открыть хранилище по URL (путь к файлу, например /path/store.db, sqlite:///path/store.db или postgresql://user@host:5432/db?sslmode=require).</translation>
    </message>
</context>
</TS>
