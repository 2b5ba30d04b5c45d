using System.Text;
using DirectiveSearch.Bench;

Console.OutputEncoding = Encoding.UTF8;
return BenchApp.Run(args, Console.Out, Console.Error);
