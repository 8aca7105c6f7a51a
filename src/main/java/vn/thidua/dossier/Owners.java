package vn.thidua.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.Map;

/** The owners of dossiers, one {@link DossierOwner} per {@link OwnerKind}, each from the package that owns it. */
@ApplicationScoped
class Owners {

    private final Map<OwnerKind, DossierOwner> owners = new EnumMap<>(OwnerKind.class);

    Owners(Instance<DossierOwner> all) {
        all.forEach(owner -> {
            if (owners.put(owner.kind(), owner) != null) {
                throw new IllegalStateException("two owners of " + owner.kind() + " dossiers");
            }
        });
        for (OwnerKind kind : OwnerKind.values()) {
            if (!owners.containsKey(kind)) {
                throw new IllegalStateException("no owner of " + kind + " dossiers");
            }
        }
    }

    /** Answers an owner the caller may not read as unknown (404). */
    void requireReadable(OwnerRef ref) {
        owners.get(ref.kind()).requireReadable(ref);
    }

    /** Refuses a change of this kind of document in the owner's dossier unless the caller may make it now. */
    void requireWritable(OwnerRef ref, DocumentKind kind) {
        owners.get(ref.kind()).requireWritable(ref, kind);
    }
}
