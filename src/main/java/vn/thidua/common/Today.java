package vn.thidua.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Today's date where the service's users are ("as of today" defaults), not where the server runs. */
@ApplicationScoped
public class Today {

    @ConfigMapping(prefix = "thidua")
    public interface Settings {
        /** The zone that decides what "today" is. */
        @WithDefault("Asia/Ho_Chi_Minh")
        ZoneId timeZone();

        /**
         * A fixed "today" (YYYY-MM-DD) instead of the calendar's: for tests, so that what they check (which units
         * exist today, which periods have started) does not change with the date they run on. Never in production.
         */
        Optional<LocalDate> today();
    }

    private final Clock clock;

    public Today(Settings settings) {
        this.clock = settings.today()
                .map(day -> Clock.fixed(day.atStartOfDay(settings.timeZone()).toInstant(), settings.timeZone()))
                .orElseGet(() -> Clock.system(settings.timeZone()));
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public LocalDate orToday(LocalDate date) {
        return date != null ? date : date();
    }
}
