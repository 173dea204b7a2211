// Makes Suites' jest typings independent of its postinstall scripts
// (npm allowScripts, --ignore-scripts).
/// <reference types="@suites/doubles.jest/unit" />
