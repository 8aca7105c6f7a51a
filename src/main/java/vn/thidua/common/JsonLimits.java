package vn.thidua.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a JSON body may be (THIDUA_JSON_MAX_BODY_SIZE); larger ones are refused with 413 before they are read. */
@ConfigMapping(prefix = "thidua.json")
public interface JsonLimits {

    @WithDefault("256K")
    MemorySize maxBodySize();
}
