package vn.thidua.dossier;

/**
 * The owner of a kind of dossier, plugged in by the package that owns it: who may read the dossier (whoever may read
 * its owner: another province's never-submitted work does not exist for them) and who may change it, when. A dossier
 * that may not change now is closed (409).
 */
public interface DossierOwner {

    OwnerKind kind();

    /** Throws the answer for an owner the caller may not read (404, as if unknown). */
    void requireReadable(OwnerRef owner);

    /** Throws unless the caller may change a document of this kind in the owner's dossier now. */
    void requireWritable(OwnerRef owner, DocumentKind kind);
}
