// The translations library holds only embedded .qm resources; this gives it one object file.
namespace smsotp {
int translationsAnchor = 0;
}
