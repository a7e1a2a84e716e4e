// A hook without the configured export: the client reports Runtime.HandlerNotFound.
exports.somethingElse = async () => ({});
