// The AWS SDK warns once per process that releases after January 2027 need Node 22 (FACTS.md).
// Lambda runs Node 22; locally Node 20 works, so the warning is noise in test output.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
