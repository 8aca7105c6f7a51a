package vn.thidua.dossier;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the dossiers: THIDUA_DOCUMENTS_MAX_SIZE (default 20M per file). */
@ConfigMapping(prefix = "thidua.documents")
public interface DocumentsConfig {

    /** The largest file accepted; larger uploads are refused with 413 and leave nothing behind. */
    @WithDefault("20M")
    MemorySize maxSize();
}
