// Temporary entry point while the commands are written; replaced by the command dispatcher.
Console.Error.WriteLine("usage: dirsearch <ingest|show> ...");
return 2;
