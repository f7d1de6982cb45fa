// The build failed (invoker.properties) because of the programme's error, located, not for another reason.
String log = new File(basedir, 'build.log').text
assert log.contains('broken.marshall:11:') : 'the error is not located in the build log'
assert log.contains('marshall check: 1 error')
assert !new File(basedir, 'target/marshall/broken/index.html').exists() : 'a programme with errors got a report'
return true
