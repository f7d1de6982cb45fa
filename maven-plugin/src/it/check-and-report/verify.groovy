// check passed on the clean programme, and report wrote the simulated report beside the logframe.
String log = new File(basedir, 'build.log').text
assert log.contains('rivas.marshall: 0 errors, 0 warnings')
// the workbook library's logging reaches Maven's logger: no "could not find a logging provider" line
assert !log.contains('Log4j API could not find a logging provider')
File report = new File(basedir, 'target/marshall/rivas')
assert new File(report, 'index.html').isFile()
String logframe = new File(report, 'logframe.md').text
assert logframe.startsWith('# Logframe: Rivas banana cluster')
// simulated: the report carries the forecast (P on time), not only the plan
assert new File(report, 'index.html').text.contains('20 runs')
return true
