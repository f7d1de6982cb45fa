package dev.marshall.lsp;

/**
 * The params of {@code marshall/forecast}: {@code state} is {@code running},
 * {@code done}, {@code cancelled} or {@code failed}; {@code millis} is how long
 * the forecast took (from the analysis that started it), {@code runs} how many
 * simulated runs it made.
 */
public final class ForecastStatus {
    public String uri;
    public int version;
    public String state;
    public long millis;
    public int runs;
    public String message;

    public ForecastStatus() { }

    ForecastStatus(String uri, int version, String state, long millis, int runs, String message) {
        this.uri = uri;
        this.version = version;
        this.state = state;
        this.millis = millis;
        this.runs = runs;
        this.message = message;
    }

    @Override
    public String toString() { return state + " v" + version + " " + millis + " ms " + uri; }
}
