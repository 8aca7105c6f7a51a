package vn.thidua.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the service's users are ("as of today" defaults), not where the server runs. */
@ApplicationScoped
public class Today {

    @ConfigMapping(prefix = "thidua")
    public interface Settings {
        /** The zone that decides what "today" is. */
        @WithDefault("Asia/Ho_Chi_Minh")
        ZoneId timeZone();
    }

    private final Clock clock;

    public Today(Settings settings) {
        this.clock = Clock.system(settings.timeZone());
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public LocalDate orToday(LocalDate date) {
        return date != null ? date : date();
    }
}
