// The consumer's properties ran on the jqwik engine that cto-testkit brought: not "0 tests, success".
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.hr.OrgHealthProperties.xml')
assert report.isFile() : "no test report: no property ran"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 7 : "expected 7 tests, ran ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0
assert suite.testcase.find { it.@name.toString().startsWith('theHouseRuleOnlyAddsFindings') }.size() == 1
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 7, Failures: 0, Errors: 0, Skipped: 0')
return true
