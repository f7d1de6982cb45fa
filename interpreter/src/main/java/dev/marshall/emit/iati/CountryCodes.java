package dev.marshall.emit.iati;

import java.util.Locale;
import java.util.Optional;

/** ISO 3166-1 alpha-2 codes from a country's English name ("Pakistan" → PK), or from a code written as such. */
final class CountryCodes {
    private CountryCodes() {}

    static Optional<String> of(String country) {
        if (country == null || country.isBlank()) return Optional.empty();
        String wanted = country.strip();
        for (String code : Locale.getISOCountries()) {
            if (code.equalsIgnoreCase(wanted)) return Optional.of(code);
            if (Locale.of("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(wanted)) return Optional.of(code);
        }
        return Optional.empty();
    }
}
