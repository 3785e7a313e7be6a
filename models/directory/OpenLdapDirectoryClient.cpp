#include "OpenLdapDirectoryClient.h"

#include <QFileInfo>
#include <QUrl>

#include <ldap.h>

#include <memory>
#include <vector>

namespace {

// Owns one connection handle; unbinding also closes the socket.
struct LdapHandle {
    LDAP* ld = nullptr;
    ~LdapHandle()
    {
        if (ld)
            ldap_unbind_ext_s(ld, nullptr, nullptr);
    }
};

struct MessageDeleter {
    void operator()(LDAPMessage* m) const { ldap_msgfree(m); }
};
using MessagePtr = std::unique_ptr<LDAPMessage, MessageDeleter>;

timeval seconds(int s)
{
    timeval tv{};
    tv.tv_sec = s;
    return tv;
}

QString diagnostic(LDAP* ld)
{
    char* text = nullptr;
    ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text);
    const QString result = text ? QString::fromUtf8(text).left(300) : QString();
    ldap_memfree(text);
    return result;
}

// libldap's text for `rc` and the server's diagnostic, if any.
QString reason(LDAP* ld, int rc)
{
    const QString base = QString::fromUtf8(ldap_err2string(rc));
    QString diag = ld ? diagnostic(ld) : QString();
    if (diag.contains(QLatin1String("unknown error code")))
        diag.clear(); // says nothing, and would hide the hint that follows
    return diag.isEmpty() || diag == base ? base : base + QStringLiteral(" (") + diag + QLatin1Char(')');
}

bool isTransport(int rc)
{
    return rc == LDAP_SERVER_DOWN || rc == LDAP_TIMEOUT || rc == LDAP_CONNECT_ERROR || rc == LDAP_UNAVAILABLE ||
           rc == LDAP_BUSY || rc == LDAP_LOCAL_ERROR;
}

// Waits for the result of `msgid` at most `timeoutSeconds`; abandons it on timeout.
int waitFor(LDAP* ld, int msgid, int timeoutSeconds, MessagePtr& result)
{
    timeval tv = seconds(timeoutSeconds);
    LDAPMessage* raw = nullptr;
    const int got = ldap_result(ld, msgid, LDAP_MSG_ALL, &tv, &raw);
    result.reset(raw);
    if (got == 0) {
        ldap_abandon_ext(ld, msgid, nullptr, nullptr);
        return LDAP_TIMEOUT;
    }
    if (got < 0) {
        int rc = LDAP_SERVER_DOWN;
        ldap_get_option(ld, LDAP_OPT_RESULT_CODE, &rc);
        return rc == LDAP_SUCCESS ? LDAP_SERVER_DOWN : rc;
    }
    return LDAP_SUCCESS;
}

void collectEntries(LDAP* ld, LDAPMessage* result, const QStringList& attributes,
                    QList<DirectoryClient::Entry>& entries)
{
    for (LDAPMessage* e = ldap_first_entry(ld, result); e; e = ldap_next_entry(ld, e)) {
        DirectoryClient::Entry entry;
        if (char* dn = ldap_get_dn(ld, e)) {
            entry.dn = QString::fromUtf8(dn);
            ldap_memfree(dn);
        }
        for (const QString& a : attributes) {
            berval** values = ldap_get_values_len(ld, e, a.toUtf8().constData());
            QList<QByteArray>& list = entry.values[a];
            for (int i = 0; values && values[i]; ++i)
                list.append(QByteArray(values[i]->bv_val, int(values[i]->bv_len)));
            ldap_value_free_len(values);
        }
        entries.append(entry);
    }
}

// The paged-results cookie the server sent back; empty when the search is complete (or the
// server does not page).
QByteArray nextCookie(LDAP* ld, LDAPControl** returned)
{
    LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, returned, nullptr);
    if (!response)
        return {};
    ber_int_t estimate = 0;
    berval cookie{0, nullptr};
    if (ldap_parse_pageresponse_control(ld, response, &estimate, &cookie) != LDAP_SUCCESS)
        return {};
    const QByteArray copy(cookie.bv_val, int(cookie.bv_len));
    ber_memfree(cookie.bv_val);
    return copy;
}

} // namespace

OpenLdapDirectoryClient::OpenLdapDirectoryClient(DirectorySettings settings)
    : m_settings(std::move(settings))
{
}

DirectoryClient::Outcome OpenLdapDirectoryClient::search(const Search& search)
{
    Outcome last;
    if (m_settings.servers.isEmpty()) {
        last.error = Error::Unreachable;
        last.message = tr("No directory server is configured.");
        return last;
    }
    QStringList failures;
    for (const QString& server : m_settings.servers) {
        Outcome out = searchOn(server.trimmed(), search);
        // Only a server that cannot be reached makes the next one worth trying: a refused bind or
        // a missing base DN would be refused by every server of the same directory.
        if (out.error != Error::Unreachable)
            return out;
        failures << out.message;
        last = out;
    }
    last.message = failures.join(QLatin1Char('\n'));
    return last;
}

DirectoryClient::Outcome OpenLdapDirectoryClient::searchOn(const QString& server, const Search& search)
{
    Outcome out;
    out.server = server;
    auto fail = [&](Error error, const QString& message) {
        out.error = error;
        out.message = message;
        return out;
    };
    const QString problem = m_settings.serverProblem(server);
    if (!problem.isEmpty())
        return fail(Error::Unreachable, problem);
    if (!m_settings.caFile.isEmpty() && !QFileInfo(m_settings.caFile).isReadable())
        return fail(Error::Unreachable,
                    tr("%1: the CA certificate file %2 cannot be read").arg(server, m_settings.caFile));

    LdapHandle h;
    int rc = ldap_initialize(&h.ld, server.toUtf8().constData());
    if (rc != LDAP_SUCCESS)
        return fail(Error::Unreachable, tr("%1: not a usable LDAP address: %2").arg(server, reason(nullptr, rc)));

    int version = LDAP_VERSION3;
    ldap_set_option(h.ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(h.ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF); // Active Directory's referrals lead off-site
    timeval connectTimeout = seconds(m_settings.connectTimeoutSeconds);
    ldap_set_option(h.ld, LDAP_OPT_NETWORK_TIMEOUT, &connectTimeout);
    timeval apiTimeout = seconds(m_settings.timeoutSeconds);
    ldap_set_option(h.ld, LDAP_OPT_TIMEOUT, &apiTimeout);
    int demand = LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(h.ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
    int minTls = LDAP_OPT_X_TLS_PROTOCOL_TLS1_2;
    ldap_set_option(h.ld, LDAP_OPT_X_TLS_PROTOCOL_MIN, &minTls);
    if (!m_settings.caFile.isEmpty())
        ldap_set_option(h.ld, LDAP_OPT_X_TLS_CACERTFILE, QFile::encodeName(m_settings.caFile).constData());
    int isServer = 0; // a fresh client context with the options above, this handle's own
    rc = ldap_set_option(h.ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    if (rc != LDAP_SUCCESS)
        return fail(Error::Unreachable, tr("%1: TLS cannot be set up: %2").arg(server, reason(h.ld, rc)));

    const bool plain = QUrl(server).scheme().toLower() == QLatin1String("ldap");
    if (plain && m_settings.startTls) {
        rc = ldap_start_tls_s(h.ld, nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return fail(Error::Unreachable, tr("%1: StartTLS failed: %2. Is the server running, and does its "
                                               "certificate name this host and chain to the CA certificate (or to a "
                                               "CA the system trusts)?")
                                                .arg(server, reason(h.ld, rc)));
    }

    // Simple bind; an empty identity is an anonymous bind. A name with an empty password would be
    // an "unauthenticated bind" that many servers accept as anonymous: refuse it here instead.
    if (!m_settings.bindDn.isEmpty() && m_settings.bindPassword.isEmpty())
        return fail(Error::BindFailed, tr("%1: no bind password is saved for %2").arg(server, m_settings.bindDn));
    QByteArray password = m_settings.bindPassword.toUtf8();
    berval credentials{static_cast<ber_len_t>(password.size()), password.data()};
    int msgid = 0;
    rc = ldap_sasl_bind(h.ld, m_settings.bindDn.toUtf8().constData(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr,
                        &msgid);
    password.fill('\0');
    MessagePtr result;
    if (rc == LDAP_SUCCESS)
        rc = waitFor(h.ld, msgid, m_settings.timeoutSeconds, result);
    if (rc == LDAP_SUCCESS) {
        int code = LDAP_OTHER;
        rc = ldap_parse_result(h.ld, result.get(), &code, nullptr, nullptr, nullptr, nullptr, 0);
        if (rc == LDAP_SUCCESS)
            rc = code;
    }
    if (rc != LDAP_SUCCESS) {
        if (isTransport(rc) && !plain) // ldaps: the TLS handshake happens here
            return fail(Error::Unreachable, tr("%1: no answer: %2. Is the server running, and does its certificate "
                                               "name this host and chain to the CA certificate (or to a CA the "
                                               "system trusts)?")
                                                .arg(server, reason(h.ld, rc)));
        if (isTransport(rc))
            return fail(Error::Unreachable, tr("%1: no answer: %2").arg(server, reason(h.ld, rc)));
        return fail(Error::BindFailed,
                    tr("%1: bind as %2 refused: %3").arg(server, m_settings.bindDn, reason(h.ld, rc)));
    }

    return searchPages(h.ld, search, out);
}

DirectoryClient::Outcome OpenLdapDirectoryClient::searchPages(LDAP* ld, const Search& search, Outcome& out)
{
    auto fail = [&](Error error, const QString& message) {
        out.entries.clear();
        out.error = error;
        out.message = message;
        return out;
    };
    const QByteArray base = m_settings.baseDn.toUtf8();
    const QByteArray filter = search.filter.toUtf8();
    std::vector<QByteArray> names;
    std::vector<char*> attrs;
    for (const QString& a : search.attributes)
        names.push_back(a.toUtf8());
    for (QByteArray& n : names)
        attrs.push_back(n.data());
    attrs.push_back(nullptr);
    const bool paged = search.pageSize > 0;
    QByteArray cookie;
    for (;;) {
        // Not critical: a server without paging answers the plain search, up to its own limit.
        LDAPControl* page = nullptr;
        berval pageCookie{static_cast<ber_len_t>(cookie.size()), cookie.data()};
        if (paged && ldap_create_page_control(ld, search.pageSize, cookie.isEmpty() ? nullptr : &pageCookie, 0,
                                              &page) != LDAP_SUCCESS)
            return fail(Error::SearchFailed, tr("%1: the paged search cannot be set up").arg(out.server));
        LDAPControl* controls[] = {page, nullptr};
        timeval searchTimeout = seconds(m_settings.timeoutSeconds);
        int msgid = 0;
        int rc =
            ldap_search_ext(ld, base.constData(), LDAP_SCOPE_SUBTREE, filter.constData(), attrs.data(), 0,
                            paged ? controls : nullptr, nullptr, &searchTimeout, paged ? 0 : search.sizeLimit, &msgid);
        if (page)
            ldap_control_free(page);
        MessagePtr result;
        if (rc == LDAP_SUCCESS)
            rc = waitFor(ld, msgid, m_settings.timeoutSeconds, result);
        if (rc != LDAP_SUCCESS) {
            if (isTransport(rc))
                return fail(Error::Unreachable, tr("%1: no answer to the search: %2").arg(out.server, reason(ld, rc)));
            return fail(Error::SearchFailed, tr("%1: the search failed: %2").arg(out.server, reason(ld, rc)));
        }
        collectEntries(ld, result.get(), search.attributes, out.entries);
        int code = LDAP_OTHER;
        LDAPControl** returned = nullptr;
        rc = ldap_parse_result(ld, result.get(), &code, nullptr, nullptr, nullptr, &returned, 0);
        if (rc != LDAP_SUCCESS)
            code = rc;
        cookie = nextCookie(ld, returned);
        ldap_controls_free(returned);
        if (code == LDAP_SIZELIMIT_EXCEEDED || code == LDAP_ADMINLIMIT_EXCEEDED) {
            out.truncated = true;
        } else if (code == LDAP_NO_SUCH_OBJECT) {
            return fail(Error::SearchFailed,
                        tr("%1: the base DN %2 does not exist in the directory").arg(out.server, m_settings.baseDn));
        } else if (code != LDAP_SUCCESS) {
            return fail(Error::SearchFailed, tr("%1: the search failed: %2").arg(out.server, reason(ld, code)));
        }
        if (paged && out.entries.size() > search.sizeLimit) {
            out.entries.erase(out.entries.begin() + search.sizeLimit, out.entries.end());
            out.truncated = true;
        }
        // The connection is unbound right after, which also ends a paged search left unfinished.
        if (!paged || out.truncated || cookie.isEmpty())
            return out;
    }
}
