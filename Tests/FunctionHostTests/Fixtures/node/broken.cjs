// A hook that throws while it is loaded: the client reports Runtime.ImportModuleError.
throw new Error('configuration file meety.json is missing');
