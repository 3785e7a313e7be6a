#include "AesGcm.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace {

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

QString tr(const char* text)
{
    return QCoreApplication::translate("AesGcm", text);
}

} // namespace

QByteArray AesGcm::seal(const SecureBytes& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (key.size() != kKeySize)
        throw std::invalid_argument("AES-256-GCM needs a 32-byte key");
    const QByteArray nonce = SecureBytes::random(kNonceSize).bytes();
    QByteArray out(kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    std::copy(nonce.begin(), nonce.end(), out.begin());

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) == 1;
    ok = ok && (associatedData.isEmpty() ||
                EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), int(associatedData.size())) == 1);
    ok = ok && EVP_EncryptUpdate(ctx.get(), bytes(out) + kNonceSize, &len, bytes(plaintext), int(plaintext.size())) == 1;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes(out) + kNonceSize + len, &len) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize,
                                   bytes(out) + kNonceSize + plaintext.size()) == 1;
    if (!ok)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return out;
}

Result<QByteArray> AesGcm::open(const SecureBytes& key, const QByteArray& sealed, const QByteArray& associatedData)
{
    if (key.size() != kKeySize || sealed.size() < kNonceSize + kTagSize)
        return Result<QByteArray>::failure(tr("The encrypted value is damaged."));
    const int textSize = int(sealed.size()) - kNonceSize - kTagSize;
    QByteArray plain(textSize, Qt::Uninitialized);
    QByteArray tag = sealed.right(kTagSize);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(sealed)) == 1;
    ok = ok && (associatedData.isEmpty() ||
                EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), int(associatedData.size())) == 1);
    ok = ok && EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(sealed) + kNonceSize, textSize) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tag)) == 1;
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + len, &len) == 1;
    if (!ok)
        return Result<QByteArray>::failure(
            tr("The encrypted value cannot be decrypted: the key is wrong or the data was changed."));
    return plain;
}
